#include "ingest/noiserules.h"

#include "common/logging.h"
#include "common/resourcefiles.h"

namespace gaozi {
namespace {

// Before each match PCRE2 checks that the whole subject is valid UTF-16,
// and for these rules that cost more than the matching: with a dozen rules
// per line it was a tenth of reading and mining a file. The line is
// checked once here instead; one that is not valid is checked by each
// match as before.
QRegularExpression::MatchOptions checkedOnce(QStringView line)
{
    return line.isValidUtf16() ? QRegularExpression::DontCheckSubjectStringMatchOption
                               : QRegularExpression::NoMatchOption;
}

bool matches(const NoiseRules::Rule &rule, const QString &line, QRegularExpression::MatchOptions options)
{
    return rule.pattern.match(line, 0, QRegularExpression::NormalMatch, options).hasMatch();
}

} // namespace

Result<NoiseRules> NoiseRules::parse(const QString &text)
{
    NoiseRules rules;
    int lineNo = 0;
    const auto lines = text.split(u'\n');
    for (const auto &raw : lines) {
        ++lineNo;
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype tab = line.indexOf(u'\t');
        if (tab < 0)
            return Error{QStringLiteral("noise rules line %1: expected KIND<tab>PATTERN").arg(lineNo)};
        const QString kind = line.left(tab).trimmed();
        const QString pattern = line.mid(tab + 1).trimmed();
        Rule rule{QRegularExpression(pattern, QRegularExpression::UseUnicodePropertiesOption), pattern};
        if (!rule.pattern.isValid())
            return Error{QStringLiteral("noise rules line %1: %2").arg(lineNo).arg(rule.pattern.errorString())};
        rule.pattern.optimize();
        if (kind == u"strip")
            rules.m_strip.append(rule);
        else if (kind == u"line")
            rules.m_line.append(rule);
        else if (kind == u"title")
            rules.m_title.append(rule);
        else
            return Error{QStringLiteral("noise rules line %1: unknown kind '%2'").arg(lineNo).arg(kind)};
    }
    return rules;
}

const NoiseRules &NoiseRules::bundled()
{
    static const NoiseRules rules = [] {
        auto text = readResourceText(QStringLiteral("noise.txt"));
        auto parsed = text ? parse(text.value()) : Result<NoiseRules>(Error{text.error()});
        if (!parsed) {
            qCCritical(lcIngest) << "bundled noise rules unusable:" << parsed.error();
            return NoiseRules{};
        }
        return std::move(parsed).value();
    }();
    return rules;
}

bool NoiseRules::stripMarkers(QString &text) const
{
    const auto options = checkedOnce(text);
    bool stripped = false;
    for (const auto &rule : m_strip) {
        // Removing leaves valid UTF-16 valid.
        if (matches(rule, text, options)) {
            const qsizetype before = text.size();
            text.remove(rule.pattern);
            stripped = stripped || text.size() != before;
        }
    }
    return stripped;
}

const NoiseRules::Rule *NoiseRules::matchingLineRule(const QString &line) const
{
    const auto options = checkedOnce(line);
    for (const auto &rule : m_line) {
        if (matches(rule, line, options))
            return &rule;
    }
    return nullptr;
}

bool NoiseRules::looksLikeTitle(const QString &line) const
{
    for (const auto &rule : m_title) {
        if (rule.pattern.match(line).hasMatch())
            return true;
    }
    return false;
}

} // namespace gaozi
