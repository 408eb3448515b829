#pragma once

#include <QChar>
#include <QtGlobal>

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace gaozi {

// A small fixed set of characters (punctuation, markers, measure words) that
// the miners test every character of a corpus against. Almost every character
// tested is a Han character in none of them: a 64-bit filter over the low
// bits turns most of those away with one test, and the rest are compared one
// by one. QStringView::contains(QChar) costs a call into a vectorised search
// for each character, which was a sixth of mining a file.
class CharClass
{
public:
    // Up to 32 characters; a constant with more does not compile.
    constexpr explicit CharClass(std::u16string_view chars)
    {
        for (const char16_t c : chars) {
            if (m_size == kCapacity)
                tooManyCharacters();
            m_chars[m_size++] = c;
            m_filter |= bit(c);
        }
    }

    constexpr bool contains(QChar c) const noexcept { return contains(c.unicode()); }
    constexpr bool contains(char16_t c) const noexcept
    {
        if (!(m_filter & bit(c)))
            return false;
        for (std::size_t i = 0; i < m_size; ++i) {
            if (m_chars[i] == c)
                return true;
        }
        return false;
    }

private:
    static constexpr std::size_t kCapacity = 32;
    // Not constexpr, so that reaching it in a constant expression is an error.
    [[noreturn]] static void tooManyCharacters() { qFatal("CharClass: more than 32 characters"); }
    static constexpr std::uint64_t bit(char16_t c) { return std::uint64_t(1) << (c & 63); }

    std::array<char16_t, kCapacity> m_chars{};
    std::size_t m_size = 0;
    std::uint64_t m_filter = 0;
};

} // namespace gaozi
