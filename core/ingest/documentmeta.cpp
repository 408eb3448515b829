#include "ingest/documentmeta.h"

#include <QRegularExpression>

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
        const char16_t *pattern;
        const char16_t *genre;
    };
    static const Rule rules[] = {
        {u"述职", u"述职报告"},
        {u"讲话|发言|致辞|党课", u"讲话"},
        {u"计划|要点|打算|方案|安排", u"工作计划"},
        {u"总结|工作情况|工作报告|情况报告|汇报", u"工作总结"},
    };
    for (const auto &rule : rules) {
        const QRegularExpression re(QString::fromUtf16(rule.pattern));
        if (re.match(title).hasMatch())
            return QString::fromUtf16(rule.genre);
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
