#include "draft/draft.h"

#include "export/exportdocument.h"
#include "mining/minedphrase.h"

namespace gaozi {
namespace {

const QString kPeriodSlot = QStringLiteral("{时段}");

int maxUid(const QList<DraftSection> &sections)
{
    int m = 0;
    for (const auto &s : sections)
        m = std::max({m, s.uid, maxUid(s.children)});
    return m;
}

QString periodText(const DraftFields &fields)
{
    const QString year = QString::number(fields.year) + u'年';
    if (fields.period.isEmpty() || fields.period == u"全年")
        return year + u'度';
    return year + fields.period;
}

} // namespace

bool operator==(const DraftSection &a, const DraftSection &b)
{
    return a.uid == b.uid && a.heading == b.heading && a.body == b.body && a.hint == b.hint && a.role == b.role
        && sameSections(a.children, b.children);
}

bool sameSections(const QList<DraftSection> &a, const QList<DraftSection> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end());
}

QString Draft::title() const
{
    return titleOverride.isEmpty() ? fillDraftSlots(titlePattern, fields) : titleOverride;
}

void Draft::setTitle(const QString &text)
{
    const QString t = text.trimmed();
    titleOverride = (t == fillDraftSlots(titlePattern, fields)) ? QString() : t;
}

int Draft::nextUid() const
{
    return maxUid(sections) + 1;
}

bool Draft::sameContent(const Draft &other) const
{
    return name == other.name && genre == other.genre && titlePattern == other.titlePattern
        && titleOverride == other.titleOverride && fields == other.fields && opening == other.opening
        && openingHint == other.openingHint
        && sameSections(sections, other.sections);
}

QStringList draftPeriods()
{
    return {QStringLiteral("全年"),     QStringLiteral("上半年"),   QStringLiteral("下半年"),
            QStringLiteral("第一季度"), QStringLiteral("第二季度"), QStringLiteral("第三季度"),
            QStringLiteral("第四季度")};
}

QString fillDraftSlots(const QString &text, const DraftFields &fields)
{
    QString out = text;
    if (fields.year > 0) {
        out.replace(kPeriodSlot, periodText(fields));
        out.replace(slot::Year, QString::number(fields.year));
    }
    if (!fields.unit.trimmed().isEmpty())
        out.replace(slot::Unit, fields.unit.trimmed());
    return out;
}

QString completeSentence(const QString &text)
{
    static const QString kEnds = QStringLiteral("。！？；…!?;");
    const QString t = text.trimmed();
    if (t.isEmpty() || kEnds.contains(t.back()))
        return t;
    return t + u'。';
}

QString sectionNumber(int level, int ordinal)
{
    return sectionNumberText(level, ordinal);
}

QStringList bodyParagraphs(const QString &body)
{
    QStringList out;
    for (const QString &line : body.split(u'\n')) {
        const QString t = line.trimmed();
        if (!t.isEmpty())
            out.append(t);
    }
    return out;
}

int visibleLength(const QString &text)
{
    int n = 0;
    for (QChar c : text) {
        if (!c.isSpace())
            ++n;
    }
    return n;
}

} // namespace gaozi
