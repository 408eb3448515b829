#pragma once

// Internal: what every rule receives and how it reports. Each rule group lives in its own file.

#include "checks/checkdata.h"
#include "checks/checkdocument.h"
#include "checks/checks.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace gaozi {

struct RuleInput
{
    const ParsedDocument &doc;
    const CheckDocument &checkDoc;
    std::optional<int> year;
    const CorpusIndex *corpus = nullptr;
    const CheckData &data;

    const QList<CheckParagraph> &paragraphs() const { return checkDoc.paragraphs; }
    // Where a paragraph's checkable text starts (after a heading's marker).
    int textStart(int paragraph) const { return checkDoc.paragraphs[paragraph].markerLength; }
};

// Collects findings, fills in section path and excerpt, and caps each rule's count.
class FindingSink final
{
public:
    explicit FindingSink(const CheckDocument &doc) : m_doc(doc) {}
    Q_DISABLE_COPY_MOVE(FindingSink)

    // A finding on [offset, offset + length) of a paragraph (paragraph -1: the whole document).
    // With a replacement, the fix replaces exactly that span.
    void add(const QString &rule, Severity severity, int paragraph, int offset, int length, const QString &message,
             const QString &suggestion = {}, const std::optional<QString> &replacement = std::nullopt);
    // Same, with a fix whose span differs from the finding's.
    void addWithFix(const QString &rule, Severity severity, int paragraph, int offset, int length,
                    const QString &message, const QString &suggestion, const Fix &fix);

    // When the rule has reported its maximum, counts one more left out and returns true,
    // so callers can skip building a finding nobody will see.
    bool dropIfFull(const QString &rule);
    QList<Finding> take();

private:
    bool admit(const QString &rule);

    const CheckDocument &m_doc;
    QList<Finding> m_findings;
    QHash<QString, int> m_counts;
    QHash<QString, int> m_dropped;
};

// The flagged text with up to kExcerptContext characters either side.
QString excerptAround(const QString &text, int offset, int length);

// True when `text` has one of `words` starting at `pos` (words are sorted longest first).
bool startsWithAny(QStringView text, qsizetype pos, const QStringList &words);
// True when `text` has one of `words` ending at `pos` (exclusive).
bool endsWithAny(QStringView text, qsizetype pos, const QStringList &words);
// True when any of `words` occurs in `text`.
bool containsAny(QStringView text, const QStringList &words);

void checkPlaceholders(const RuleInput &in, FindingSink &out);
void checkNumbering(const RuleInput &in, FindingSink &out);
void checkPointRuns(const RuleInput &in, FindingSink &out);
void checkYears(const RuleInput &in, FindingSink &out);
void checkTimeliness(const RuleInput &in, FindingSink &out);
void checkRepetition(const RuleInput &in, FindingSink &out);
void checkCopyRatio(const RuleInput &in, FindingSink &out);
void checkTypography(const RuleInput &in, FindingSink &out);
void checkDoubledCharacters(const RuleInput &in, FindingSink &out);
void checkBalance(const RuleInput &in, FindingSink &out);

} // namespace gaozi
