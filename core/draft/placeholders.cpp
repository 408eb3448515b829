#include "draft/placeholders.h"

#include "common/logging.h"
#include "common/resourcefiles.h"

#include <QRegularExpression>

#include <algorithm>

namespace gaozi {
namespace {

struct Pattern
{
    QRegularExpression re;
    bool slot = false;
};

QList<Pattern> loadPatterns()
{
    QList<Pattern> out;
    auto lines = readResourceLines(QStringLiteral("checks/placeholders.tsv"));
    if (lines) {
        for (const QString &line : lines.value()) {
            const qsizetype tab = line.indexOf(u'\t');
            if (tab <= 0)
                continue;
            QRegularExpression re(line.mid(tab + 1), QRegularExpression::UseUnicodePropertiesOption);
            if (!re.isValid()) {
                qCWarning(lcChecks) << "placeholder pattern does not compile:" << line;
                continue;
            }
            out.append({re, line.left(tab) == u"slot"});
        }
    }
    if (out.isEmpty()) // the slots at least, whatever happened to the data file
        out.append({QRegularExpression(QStringLiteral("\\{(?:数|年|单位|名)\\}")), true});
    return out;
}

} // namespace

QList<PlaceholderSpan> placeholderSpans(const QString &text)
{
    static const QList<Pattern> patterns = loadPatterns();
    QList<PlaceholderSpan> spans;
    const auto overlaps = [&](int start, int length) {
        return std::any_of(spans.begin(), spans.end(), [&](const PlaceholderSpan &s) {
            return start < s.start + s.length && s.start < start + length;
        });
    };
    for (const Pattern &p : patterns) {
        auto it = p.re.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            const int start = int(m.capturedStart());
            const int length = int(m.capturedLength());
            if (length > 0 && !overlaps(start, length))
                spans.append({start, length, p.slot});
        }
    }
    std::sort(spans.begin(), spans.end(), [](const auto &a, const auto &b) { return a.start < b.start; });
    return spans;
}

} // namespace gaozi
