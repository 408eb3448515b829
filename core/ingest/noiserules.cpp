#include "ingest/noiserules.h"

#include "common/logging.h"
#include "common/resourcefiles.h"

namespace gaozi {
namespace {

// Before each match PCRE2 checks that the whole subject is valid UTF-16,
// and for these rules that cost more than the matching: with a dozen rules
// per line it was a tenth of reading and mining a file. The line is
// checked once here instead; one that is not valid is checked by each
// match as before.
QRegularExpression::MatchOptions checkedOnce(QStringView line)
{
    return line.isValidUtf16() ? QRegularExpression::DontCheckSubjectStringMatchOption
                               : QRegularExpression::NoMatchOption;
}

bool matches(const NoiseRules::Rule &rule, const QString &line, QRegularExpression::MatchOptions options)
{
    return rule.pattern.match(line, 0, QRegularExpression::NormalMatch, options).hasMatch();
}

using CharacterBits = NoiseRules::CharacterBits;

void setBit(CharacterBits &bits, QChar c)
{
    bits[(c.unicode() >> 6) & 3] |= quint64(1) << (c.unicode() & 63);
}

// A bit for each character beyond ASCII in text, by its low eight bits: a
// line lacks a character when it lacks the character's bit.
CharacterBits characterBits(QStringView text)
{
    CharacterBits bits{};
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            setBit(bits, c);
    }
    return bits;
}

bool holds(const CharacterBits &has, const CharacterBits &needs)
{
    for (std::size_t i = 0; i < needs.size(); ++i) {
        if ((has[i] & needs[i]) != needs[i])
            return false;
    }
    return true;
}

// The bits of the characters every match of pattern holds: those outside
// ASCII (never a metacharacter) that stand in the pattern's top level,
// outside any group, class or escape, and not made optional by ?, * or {.
// Only characters without case, which (?i) cannot match otherwise. A
// pattern with a top-level alternative, or where plain text can mean
// something else (\Q…\E quoting, (?x) comments), needs nothing.
CharacterBits neededBits(const QString &pattern)
{
    static const QRegularExpression unplain(QStringLiteral(R"(\\Q|\(\?[a-zA-Z^-]*x)"));
    if (pattern.contains(unplain))
        return {};
    CharacterBits bits{};
    int depth = 0;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern[i];
        if (c == u'\\') {
            ++i; // the escaped character; a \x{…} or \p{…} leaves ASCII only
        } else if (c == u'[') {
            // A class: to its closing bracket, which may come first (after ^) as a literal.
            ++i;
            if (i < pattern.size() && pattern[i] == u'^')
                ++i;
            if (i < pattern.size() && pattern[i] == u']')
                ++i;
            while (i < pattern.size() && pattern[i] != u']') {
                if (pattern[i] == u'\\')
                    ++i;
                ++i;
            }
        } else if (c == u'(') {
            ++depth;
        } else if (c == u')') {
            --depth;
        } else if (c == u'|' && depth == 0) {
            return {};
        } else if (depth == 0 && c.unicode() >= 0x80) {
            const QChar next = i + 1 < pattern.size() ? pattern[i + 1] : QChar();
            const bool optional = next == u'?' || next == u'*' || next == u'{';
            const bool caseless = c.toLower() == c && c.toUpper() == c && c.toCaseFolded() == c;
            if (!optional && caseless)
                setBit(bits, c);
        }
    }
    return bits;
}

} // namespace

Result<NoiseRules> NoiseRules::parse(const QString &text)
{
    NoiseRules rules;
    int lineNo = 0;
    const auto lines = text.split(u'\n');
    for (const auto &raw : lines) {
        ++lineNo;
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype tab = line.indexOf(u'\t');
        if (tab < 0)
            return Error{QStringLiteral("noise rules line %1: expected KIND<tab>PATTERN").arg(lineNo)};
        const QString kind = line.left(tab).trimmed();
        const QString pattern = line.mid(tab + 1).trimmed();
        Rule rule{QRegularExpression(pattern, QRegularExpression::UseUnicodePropertiesOption), pattern, neededBits(pattern)};
        if (!rule.pattern.isValid())
            return Error{QStringLiteral("noise rules line %1: %2").arg(lineNo).arg(rule.pattern.errorString())};
        rule.pattern.optimize();
        if (kind == u"strip")
            rules.m_strip.append(rule);
        else if (kind == u"line")
            rules.m_line.append(rule);
        else if (kind == u"title")
            rules.m_title.append(rule);
        else
            return Error{QStringLiteral("noise rules line %1: unknown kind '%2'").arg(lineNo).arg(kind)};
    }
    return rules;
}

const NoiseRules &NoiseRules::bundled()
{
    static const NoiseRules rules = [] {
        auto text = readResourceText(QStringLiteral("noise.txt"));
        auto parsed = text ? parse(text.value()) : Result<NoiseRules>(Error{text.error()});
        if (!parsed) {
            qCCritical(lcIngest) << "bundled noise rules unusable:" << parsed.error();
            return NoiseRules{};
        }
        return std::move(parsed).value();
    }();
    return rules;
}

bool NoiseRules::stripMarkers(QString &text) const
{
    const auto options = checkedOnce(text);
    bool stripped = false;
    for (const auto &rule : m_strip) {
        // Removing leaves valid UTF-16 valid.
        if (matches(rule, text, options)) {
            const qsizetype before = text.size();
            text.remove(rule.pattern);
            stripped = stripped || text.size() != before;
        }
    }
    return stripped;
}

const NoiseRules::Rule *NoiseRules::matchingLineRule(const QString &line) const
{
    const auto options = checkedOnce(line);
    const CharacterBits has = characterBits(line);
    for (const auto &rule : m_line) {
        if (holds(has, rule.needs) && matches(rule, line, options))
            return &rule;
    }
    return nullptr;
}

bool NoiseRules::looksLikeTitle(const QString &line) const
{
    for (const auto &rule : m_title) {
        if (rule.pattern.match(line).hasMatch())
            return true;
    }
    return false;
}

} // namespace gaozi
