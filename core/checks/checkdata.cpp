#include "checks/checkdata.h"

#include "common/logging.h"
#include "common/resourcefiles.h"

#include <algorithm>

namespace gaozi {
namespace {

// Non-empty, non-comment lines with their 1-based line numbers; tabs kept.
QList<std::pair<int, QString>> dataLines(const QString &text)
{
    QList<std::pair<int, QString>> out;
    const auto lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines[i];
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(u'#'))
            continue;
        out.append({i + 1, line});
    }
    return out;
}

QString field(const QStringList &fields, int i)
{
    const QString f = i < fields.size() ? fields[i].trimmed() : QString();
    return f == u"-" ? QString() : f;
}

std::optional<int> yearField(const QString &f, bool *ok)
{
    if (f.isEmpty())
        return std::nullopt;
    bool parsed = false;
    const int year = f.toInt(&parsed);
    if (!parsed || year < 1900 || year > 2200) {
        *ok = false;
        return std::nullopt;
    }
    return year;
}

QRegularExpression compile(const QString &pattern, const QString &where, QStringList *errors)
{
    QRegularExpression re(pattern, QRegularExpression::UseUnicodePropertiesOption);
    if (!re.isValid())
        errors->append(QStringLiteral("%1: bad pattern (%2)").arg(where, re.errorString()));
    return re;
}

void parseTimeline(const QString &text, CheckData &data)
{
    static const QSet<QString> fixValues = {QStringLiteral("before"), QStringLiteral("after"),
                                            QStringLiteral("both"), QString()};
    for (const auto &[lineNo, line] : dataLines(text)) {
        const QString where = QStringLiteral("timeline.tsv:%1").arg(lineNo);
        const QStringList f = line.split(u'\t');
        if (f.size() < 8) {
            data.errors.append(QStringLiteral("%1: expected at least 8 tab-separated columns").arg(where));
            continue;
        }
        TimelineTerm t;
        t.sourceLine = lineNo;
        bool ok = true;
        t.pattern = compile(field(f, 0), where, &data.errors);
        t.from = yearField(field(f, 1), &ok);
        t.until = yearField(field(f, 2), &ok);
        t.kind = field(f, 3);
        t.before = field(f, 4);
        t.after = field(f, 5);
        const QString fix = field(f, 6);
        if (!ok || !fixValues.contains(fix) || field(f, 0).isEmpty() || (!t.from && !t.until)
            || (t.from && t.until && *t.from > *t.until)) {
            data.errors.append(QStringLiteral("%1: bad year range or fix column").arg(where));
            continue;
        }
        t.fixBefore = fix == u"before" || fix == u"both";
        t.fixAfter = fix == u"after" || fix == u"both";
        if ((t.fixBefore && t.before.isEmpty()) || (t.fixAfter && t.after.isEmpty())) {
            data.errors.append(QStringLiteral("%1: a fix needs a suggestion").arg(where));
            continue;
        }
        if (!field(f, 7).isEmpty())
            t.except = compile(field(f, 7), where, &data.errors);
        if (t.pattern.isValid() && (t.except.pattern().isEmpty() || t.except.isValid()))
            data.timeline.append(t);
    }
}

void parseContext(const QString &text, CheckData &data)
{
    for (const auto &[lineNo, line] : dataLines(text)) {
        const QStringList f = line.split(u'\t');
        if (f.size() != 2 || f[0].trimmed().isEmpty() || f[1].trimmed().isEmpty()) {
            data.errors.append(QStringLiteral("checks/context.tsv:%1: expected kind<TAB>word").arg(lineNo));
            continue;
        }
        data.context[f[0].trimmed()].append(f[1].trimmed());
    }
    // Longest first, so 召开以来 wins over 以来 and 年底前 over 前.
    for (auto &list : data.context)
        std::stable_sort(list.begin(), list.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

void parsePlaceholders(const QString &text, CheckData &data)
{
    static const QSet<QString> kinds = {QStringLiteral("generic"), QStringLiteral("number"), QStringLiteral("name"),
                                        QStringLiteral("unit"), QStringLiteral("marker"), QStringLiteral("slot")};
    for (const auto &[lineNo, line] : dataLines(text)) {
        const QString where = QStringLiteral("checks/placeholders.tsv:%1").arg(lineNo);
        const qsizetype tab = line.indexOf(u'\t');
        const QString kind = tab < 0 ? QString() : line.left(tab).trimmed();
        if (!kinds.contains(kind)) {
            data.errors.append(QStringLiteral("%1: expected kind<TAB>pattern with a known kind").arg(where));
            continue;
        }
        const QRegularExpression re = compile(line.mid(tab + 1), where, &data.errors);
        if (re.isValid())
            data.placeholders.append({kind, re});
    }
}

} // namespace

const QStringList &CheckData::words(const QString &kind) const
{
    static const QStringList none;
    const auto it = context.constFind(kind);
    return it == context.cend() ? none : it.value();
}

CheckData CheckData::parse(const QString &timeline, const QString &context, const QString &placeholders,
                           const QString &doubled, const QString &verbs)
{
    CheckData data;
    parseTimeline(timeline, data);
    parseContext(context, data);
    parsePlaceholders(placeholders, data);
    for (const auto &[lineNo, line] : dataLines(doubled)) {
        const QString word = line.trimmed();
        if (word.size() == 2 && word[0] == word[1])
            data.reduplications.insert(word);
        else if (word.size() > 2)
            data.doubledContexts.append(word);
        else
            data.errors.append(QStringLiteral("checks/doubled.txt:%1: expected a doubled pair or a context").arg(lineNo));
    }
    for (const auto &[lineNo, line] : dataLines(verbs))
        data.verbs.append(line.trimmed());
    return data;
}

const CheckData &CheckData::bundled()
{
    static const CheckData data = [] {
        QStringList missing;
        auto read = [&missing](const QString &name) {
            auto text = readResourceText(name);
            if (!text) {
                missing.append(text.error());
                return QString();
            }
            return text.value();
        };
        CheckData d = parse(read(QStringLiteral("timeline.tsv")), read(QStringLiteral("checks/context.tsv")),
                            read(QStringLiteral("checks/placeholders.tsv")), read(QStringLiteral("checks/doubled.txt")),
                            read(QStringLiteral("checks/verbs.txt")));
        d.errors = missing + d.errors;
        for (const QString &e : std::as_const(d.errors))
            qCWarning(lcChecks).noquote() << e;
        return d;
    }();
    return data;
}

} // namespace gaozi
