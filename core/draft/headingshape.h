#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

namespace gaozi {

// The shape sibling headings share (对仗): "聚焦思想过硬，持续强化理论武装" and
// "聚焦政治过硬，持续加强政治机关建设" are both 聚焦X过硬，持续Y. A heading
// that pairs with them keeps the fixed characters and the clause lengths.
struct HeadingShape
{
    struct Part
    {
        QString literal;   // fixed text, or empty for a gap
        int minLength = 0; // gap: how many characters it may take
        int maxLength = 0;
    };
    QList<QList<Part>> clauses; // split at ，；

    // Matches a whole heading of this shape (trailing punctuation ignored).
    bool matches(const QString &heading) const;
    // The fixed runs, for a substring search that narrows the candidates.
    QStringList literals() const;
    // For people: "聚焦X过硬，持续Y".
    QString display() const;

private:
    QRegularExpression regex() const;
};

// The shape of the given sibling headings, or nullopt when they share no
// fixed characters (then there is nothing to pair with). One heading alone
// gives its clauses' first two characters as the fixed part.
std::optional<HeadingShape> headingShape(const QStringList &siblings);

} // namespace gaozi
