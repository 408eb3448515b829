#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace gaozi {

// What the writer states once about a draft; titles, slots and the closing
// are filled from these.
struct DraftFields
{
    QString unit;   // 单位名称, e.g. 中共XX局机关委员会
    int year = 0;   // 0: not set
    QString period; // one of draftPeriods(); empty means 全年
    QDate date;     // 成文日期; invalid: no date line

    friend bool operator==(const DraftFields &, const DraftFields &) = default;
};

// One section of a draft. Numbering (一、（一）1.（1）) is never stored: it
// follows from the section's place in the tree (see sectionNumber()).
struct DraftSection
{
    int uid = 0;    // unique within its draft and stable across edits; identifies a section for views and undo
    QString heading; // without numbering
    QString body;    // paragraphs separated by '\n'
    QString hint;    // writing advice from the template; shown while the body is empty, never exported
    QString role;    // the template's role for the section (存在问题, 下一步打算 …); empty: infer from headings
    QList<DraftSection> children;
};

// Same text, hints, roles and tree (uids included).
bool operator==(const DraftSection &a, const DraftSection &b);
bool sameSections(const QList<DraftSection> &a, const QList<DraftSection> &b);

struct Draft
{
    qint64 id = 0;           // row in the library's drafts table; 0 until stored
    QString name;            // the writer's name for the draft in the list
    QString genre;           // genre template id ("annual-summary"); empty when started from a document
    QString titlePattern;    // e.g. "{单位}{年}年党建工作总结"; see fillDraftSlots()
    QString titleOverride;   // non-empty: the writer's own title, no longer following the fields
    DraftFields fields;
    QString opening;         // paragraphs between the title and the first heading
    QString openingHint;     // the template's advice for the opening; never exported
    QList<DraftSection> sections;
    QDateTime created;
    QDateTime updated;

    // The title as exported: the override, else the pattern filled from the fields.
    QString title() const;
    // Sets the title; a text equal to the pattern's result puts the title back in step with the fields.
    void setTitle(const QString &text);
    bool titleFollowsFields() const { return titleOverride.isEmpty(); }

    // The largest uid in use plus one.
    int nextUid() const;

    // Same content (ids and timestamps ignored).
    bool sameContent(const Draft &other) const;
};

// 全年, 上半年, 下半年, 第一季度 … 第四季度.
QStringList draftPeriods();

// Slot syntax shared with mined phrases (mining/minedphrase.h): {年} → the
// year, {单位} → the unit; {时段} → "2024年度", "2024年上半年", "2024年第三季度".
// A slot whose field is not set stays as it is, so the writer sees it. {数} and
// {名} are the writer's to fill.
QString fillDraftSlots(const QString &text, const DraftFields &fields);

// A mined sentence is stored without its closing 。 (phrases merge by their
// words); put it back so an inserted sentence reads as a sentence. Text that
// already ends in sentence punctuation is returned as it is.
QString completeSentence(const QString &text);

// "一、" "（一）" "1." "（1）" for the ordinal-th section (1-based) at a level (1..4).
QString sectionNumber(int level, int ordinal);

// Sections deeper than this cannot be made (GB/T 9704 numbers four levels).
constexpr int kMaxSectionDepth = 4;

// A body's paragraphs: split at line breaks, trimmed, empty ones dropped.
QStringList bodyParagraphs(const QString &body);

// Characters a reader would count: everything but whitespace.
int visibleLength(const QString &text);

} // namespace gaozi
