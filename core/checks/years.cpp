#include "checks/rules.h"

#include <QRegularExpression>

namespace gaozi {
namespace {

struct YearHit
{
    int offset;
    int length;
    int year;
    int afterYear; // index just past 年 (and 度)
};

bool isRangeChar(QChar c)
{
    static const QString chars = QStringLiteral("—–-~～至到");
    return chars.contains(c);
}

bool isDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'０' && c <= u'９');
}

// 2021—2023年, 2021年至2023年: a period, not a claim about one year.
bool isRangeEnd(const QString &text, int offset)
{
    int i = offset - 1;
    while (i >= 0 && text[i].isSpace())
        --i;
    if (i < 0 || !isRangeChar(text[i]))
        return false;
    --i;
    while (i >= 0 && text[i].isSpace())
        --i;
    return i >= 0 && (isDigit(text[i]) || text[i] == u'年' || text[i] == u'度');
}

bool isRangeStart(const QString &text, int afterYear)
{
    int i = afterYear;
    while (i < text.size() && text[i].isSpace())
        ++i;
    if (i >= text.size() || !isRangeChar(text[i]))
        return false;
    ++i;
    while (i < text.size() && text[i].isSpace())
        ++i;
    return i < text.size() && isDigit(text[i]);
}

// Years written as 2023年 outside 《》 titles and outside ranges.
QList<YearHit> yearsIn(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("(?<![0-9０-９])((?:19|20)[0-9]{2})(?![0-9０-９])\\s*年(度)?"));
    QList<YearHit> hits;
    int bookDepth = 0;
    qsizetype scanned = 0;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const int offset = int(m.capturedStart(1));
        for (; scanned < offset; ++scanned) {
            if (text[scanned] == u'《')
                ++bookDepth;
            else if (text[scanned] == u'》' && bookDepth > 0)
                --bookDepth;
        }
        const int afterYear = int(m.capturedEnd());
        if (bookDepth > 0 || isRangeEnd(text, offset) || isRangeStart(text, afterYear))
            continue;
        hits.append({offset, 4, m.captured(1).toInt(), afterYear});
    }
    return hits;
}

bool looksBack(const RuleInput &in, const QString &text, const YearHit &h)
{
    return startsWithAny(text, h.afterYear, in.data.words(QStringLiteral("history-after")))
           || endsWithAny(text, h.offset, in.data.words(QStringLiteral("history-before")));
}

// A deadline or target: 到2035年, 力争2025年, 2035年远景目标, 2025年底前.
bool looksForward(const RuleInput &in, const QString &text, const YearHit &h)
{
    if (startsWithAny(text, h.afterYear, in.data.words(QStringLiteral("forward-after"))))
        return true;
    constexpr int kLookBehind = 6;
    const int from = std::max(0, h.offset - kLookBehind);
    const QStringView before = QStringView(text).mid(from, h.offset - from);
    return containsAny(before, in.data.words(QStringLiteral("forward-before")));
}

bool isPlanContext(const RuleInput &in, const QString &text)
{
    return in.doc.genre == u"工作计划" || containsAny(text, in.data.words(QStringLiteral("plan-heading")));
}

QString yearText(int year)
{
    return QString::number(year);
}

void checkTitle(const RuleInput &in, int year, FindingSink &out)
{
    const QString &title = in.paragraphs()[0].text;
    const bool plan = isPlanContext(in, title);
    for (const YearHit &h : yearsIn(title)) {
        if (h.year == year || (h.year > year && plan))
            continue;
        out.add(QStringLiteral("year.title"), Severity::Error, 0, h.offset, h.length,
                QCoreApplication::translate("gaozi::Checks", "The title says %1, but the draft is for %2.")
                    .arg(yearText(h.year), yearText(year)),
                QCoreApplication::translate("gaozi::Checks", "Change it to %1.").arg(yearText(year)), yearText(year));
    }
}

void checkHeading(const RuleInput &in, int p, int year, FindingSink &out)
{
    const CheckParagraph &para = in.paragraphs()[p];
    const bool plan = isPlanContext(in, para.sectionPath);
    for (const YearHit &h : yearsIn(para.text)) {
        if (h.year == year)
            continue;
        if (h.year > year) {
            if (plan)
                continue;
            out.add(QStringLiteral("year.heading"), Severity::Error, p, h.offset, h.length,
                    QCoreApplication::translate("gaozi::Checks",
                                                "The heading reports on %1, but this is a %2 document: that year has not happened yet.")
                        .arg(yearText(h.year), yearText(year)),
                    QCoreApplication::translate("gaozi::Checks", "Change it to %1.").arg(yearText(year)), yearText(year));
        } else if (!looksBack(in, para.text, h)) {
            out.add(QStringLiteral("year.heading"), Severity::Warning, p, h.offset, h.length,
                    QCoreApplication::translate("gaozi::Checks",
                                                "The heading mentions %1, but this is a %2 document; it may be left over from an earlier one.")
                        .arg(yearText(h.year), yearText(year)),
                    QCoreApplication::translate("gaozi::Checks", "Change it to %1 if it describes this year.").arg(yearText(year)),
                    yearText(year));
        }
    }
}

void checkText(const RuleInput &in, int p, int year, FindingSink &out)
{
    const CheckParagraph &para = in.paragraphs()[p];
    const QString &text = para.text;
    const bool plan = isPlanContext(in, para.sectionPath);
    int start = 0;
    while (start < text.size() && text[start].isSpace())
        ++start;
    for (const YearHit &h : yearsIn(text)) {
        const bool opensParagraph = para.kind == CheckParagraph::Kind::Opening && h.offset == start;
        if (opensParagraph && h.year != year && !looksBack(in, text, h) && !(h.year > year && plan)) {
            const bool future = h.year > year;
            out.add(QStringLiteral("year.opening"), future ? Severity::Error : Severity::Warning, p, h.offset, h.length,
                    QCoreApplication::translate("gaozi::Checks", "The opening starts with %1, but this is a %2 document.")
                        .arg(yearText(h.year), yearText(year)),
                    QCoreApplication::translate("gaozi::Checks", "Change it to %1.").arg(yearText(year)), yearText(year));
            continue;
        }
        if (h.year <= year + 1 || plan || looksForward(in, text, h))
            continue;
        out.add(QStringLiteral("year.body"), Severity::Warning, p, h.offset, h.length,
                QCoreApplication::translate("gaozi::Checks",
                                            "%1 lies more than a year after this %2 document; check whether the text describes work already done.")
                    .arg(yearText(h.year), yearText(year)),
                QCoreApplication::translate("gaozi::Checks", "Correct the year, or phrase it as a plan or target."));
    }
}

} // namespace

void checkYears(const RuleInput &in, FindingSink &out)
{
    const int year = *in.year;
    checkTitle(in, year, out);
    const auto &paragraphs = in.paragraphs();
    for (int p = 1; p < paragraphs.size(); ++p) {
        if (paragraphs[p].kind == CheckParagraph::Kind::Heading)
            checkHeading(in, p, year, out);
        else
            checkText(in, p, year, out);
    }
}

} // namespace gaozi
