#pragma once

#include "common/result.h"

#include <QList>
#include <QRegularExpression>

#include <array>

namespace gaozi {

// The cleaner's pattern list (resources/data/noise.txt): what to strip
// anywhere, which lines to drop, and what a title line looks like.
class NoiseRules final
{
public:
    using CharacterBits = std::array<quint64, 4>;
    struct Rule
    {
        QRegularExpression pattern;
        QString source; // the pattern text, reported as the reason a line was dropped
        // Characters any match must hold, one bit each by their low eight
        // bits, found in the pattern's plain text: a line without them is
        // not matched at all.
        CharacterBits needs{};
    };

    static Result<NoiseRules> parse(const QString &text);
    // The bundled rules, parsed once per process.
    static const NoiseRules &bundled();

    const QList<Rule> &stripRules() const { return m_strip; }
    const QList<Rule> &lineRules() const { return m_line; }
    const QList<Rule> &titleRules() const { return m_title; }

    // Removes what the strip rules match; whether anything was removed.
    bool stripMarkers(QString &text) const;
    // The first line rule that matches, or nullptr.
    const Rule *matchingLineRule(const QString &line) const;
    bool looksLikeTitle(const QString &line) const;

private:
    QList<Rule> m_strip;
    QList<Rule> m_line;
    QList<Rule> m_title;
};

} // namespace gaozi
