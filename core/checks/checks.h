#pragma once

#include "ingest/parseddocument.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace gaozi {

class CorpusIndex;

enum class Severity { Error, Warning, Info };

QString severityName(Severity severity); // "error", "warning", "info"

// A safe one-click replacement inside one paragraph (see checkParagraphs() for
// what a paragraph index and an offset mean).
struct Fix
{
    int paragraph = -1;
    int offset = 0;
    int length = 0;
    QString replacement;
};

struct Finding
{
    QString rule; // stable id, e.g. "placeholder", "year.heading"; listed by checkRules()
    Severity severity = Severity::Warning;
    QString sectionPath; // "一、… › （一）…"; empty for the title, the opening and document-level findings
    int paragraph = -1;  // index into checkParagraphs(doc); -1 for a finding about the whole document
    int line = 0;        // 1-based source line where the paragraph starts; 0 when unknown
    int offset = 0;      // characters into the paragraph's text
    int length = 0;
    QString excerpt;     // the flagged text with a little context, for display
    QString message;     // translated, a complete sentence
    QString suggestion;  // translated; may be empty
    std::optional<Fix> fix;
};

struct CheckContext
{
    std::optional<int> year; // the draft's year; default: the document's detected year
    const CorpusIndex *corpus = nullptr; // copy-ratio rules run only when set
};

// One rule id with its default severity and a translated one-line description.
struct CheckRule
{
    QString id;
    Severity severity;
    QString description;
};
QList<CheckRule> checkRules();

// What checks read, in document order, and what Finding::paragraph indexes:
//   0            the title (always present, possibly empty);
//   1..          the opening paragraphs (between the title and the first heading);
//   then each section depth-first: its heading, its body paragraphs, then its children.
// A heading paragraph's text is its marker as written in the document ("（一）", "(一)", "1.")
// followed by Section::heading; markerLength says where the heading text starts.
struct CheckParagraph
{
    enum class Kind { Title, Opening, Heading, Body };
    Kind kind = Kind::Body;
    QString text;
    int markerLength = 0;
    int level = 0;       // the section's level for headings and body paragraphs; 0 for title and opening
    QString sectionPath;
    int line = 0;        // Section::sourceLine for headings, else 0 (checkFile fills the rest)
};
QList<CheckParagraph> checkParagraphs(const ParsedDocument &doc);

// The year the checks use: context.year, else doc.year.
std::optional<int> checkYear(const ParsedDocument &doc, const CheckContext &context);

// Runs every rule. Findings come sorted by paragraph, then offset; document-level ones first.
// Safe to call from several threads at once. Each rule reports at most kMaxFindingsPerRule
// findings, then one "checks.truncated" info finding says how many were left out.
constexpr int kMaxFindingsPerRule = 500;
QList<Finding> runChecks(const ParsedDocument &doc, const CheckContext &context = {});

// Applies fixes to paragraph texts (indexed like checkParagraphs()). Of overlapping fixes the
// one starting first wins; fixes outside their paragraph are skipped. Returns how many applied.
int applyFixes(QStringList &paragraphTexts, const QList<Fix> &fixes);

} // namespace gaozi
