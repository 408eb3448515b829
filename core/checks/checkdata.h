#pragma once

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace gaozi {

// One row of resources/data/timeline.tsv.
struct TimelineTerm
{
    QRegularExpression pattern;
    std::optional<int> from;
    std::optional<int> until;
    QString kind;
    QString before; // suggestion before `from`; empty when none
    QString after;  // suggestion after `until`
    bool fixBefore = false;
    bool fixAfter = false;
    QRegularExpression except; // invalid/empty pattern: no exception
    int sourceLine = 0;
};

struct PlaceholderPattern
{
    QString kind; // generic | number | name | unit | marker | slot
    QRegularExpression pattern;
};

// Everything the rules read from resources/data (timeline.tsv and checks/*), loaded once.
struct CheckData
{
    QList<TimelineTerm> timeline;
    QList<PlaceholderPattern> placeholders;
    QHash<QString, QStringList> context; // kind → words (checks/context.tsv), longest first
    QSet<QString> reduplications;        // two-character lines of checks/doubled.txt
    QStringList doubledContexts;         // longer lines of checks/doubled.txt
    QStringList verbs;                   // checks/verbs.txt
    QStringList errors;                  // problems found while loading, one line each

    const QStringList &words(const QString &kind) const;

    // The bundled data, parsed on first use (thread-safe); errors are logged once.
    static const CheckData &bundled();
    // Parses the given texts (the bundled files by default); used by bundled() and tests.
    static CheckData parse(const QString &timeline, const QString &context, const QString &placeholders,
                           const QString &doubled, const QString &verbs);
};

} // namespace gaozi
