#include "ingest/documentmeta.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace gaozi {
namespace {

std::optional<int> firstYear(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("(?<!\\d)((?:19|20)\\d{2})(?=\\s*年)"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toInt();
}

QString firstUnit(const QString &text)
{
    // Longer names first where one contains another (党工委 vs 工委).
    static const QRegularExpression re(
        QStringLiteral("党工委|党总支|党支部|党委|党组|机关|党小组|总支|支部"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return {};
    const QString unit = m.captured(0);
    if (unit == u"总支")
        return QStringLiteral("党总支");
    if (unit == u"支部")
        return QStringLiteral("党支部");
    return unit;
}

} // namespace

std::optional<int> detectYear(const QString &title, const QStringList &opening)
{
    if (auto y = firstYear(title))
        return y;
    if (!opening.isEmpty())
        return firstYear(opening.first().left(200));
    return std::nullopt;
}

QString detectGenre(const QString &title)
{
    struct Rule
    {
        std::array<QStringView, 5> words; // unused ones empty
        QStringView genre;
    };
    // The first rule with a word in the title wins.
    static const Rule rules[] = {
        {{u"述职"}, u"述职报告"},
        {{u"讲话", u"发言", u"致辞", u"党课"}, u"讲话"},
        {{u"计划", u"要点", u"打算", u"方案", u"安排"}, u"工作计划"},
        {{u"总结", u"工作情况", u"工作报告", u"情况报告", u"汇报"}, u"工作总结"},
    };
    for (const auto &rule : rules) {
        if (std::any_of(rule.words.begin(), rule.words.end(),
                        [&](QStringView w) { return !w.isEmpty() && title.contains(w); }))
            return rule.genre.toString();
    }
    return QStringLiteral("其他");
}

QString detectUnitType(const QString &title, const QStringList &opening)
{
    QString unit = firstUnit(title);
    if (unit.isEmpty() && !opening.isEmpty())
        unit = firstUnit(opening.first().left(200));
    return unit;
}

} // namespace gaozi
