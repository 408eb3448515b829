#include "mining/slots.h"

#include "mining/minedphrase.h"

#include <QVarLengthArray>

namespace gaozi {
namespace {

// Characters that count a quantity after a number; a placeholder before one of
// these stands for a number (XX次, X名), elsewhere for a name (XX党委).
constexpr QStringView kMeasures =
    u"次名人个项份篇场期件册家批条所位户元万亿千百天日周月分届轮本部套处座支组类台间张幅块米倍章课节笔起例单封首段级%％";
// Approximators that belong to the number they qualify: 近100人, 100余次, 1000多篇.
constexpr QStringView kApproxBefore = u"近约";
constexpr QStringView kApproxAfter = u"余多";
// A range between two years: 2021—2023年.
constexpr QStringView kRangeDashes = u"—–-－~～至到";
// After 大, a Party congress reads on (党的XX大精神); 大家/大学 would not.
constexpr QStringView kCongressFollowers = u"精报代以会召开";

int digitAt(QStringView s, qsizetype i)
{
    if (i < 0 || i >= s.size())
        return -1;
    const char16_t u = s[i].unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= 0xFF10 && u <= 0xFF19)
        return u - 0xFF10;
    return -1;
}

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= 0xFF21 && u <= 0xFF3A)
        || (u >= 0xFF41 && u <= 0xFF5A);
}

bool isPlaceholderLetter(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'X' || u == u'x' || u == u'Ｘ' || u == u'ｘ';
}

bool isNameLetter(QChar c)
{
    return c == u'A' || c == u'Ａ';
}

QChar at(QStringView s, qsizetype i)
{
    return (i >= 0 && i < s.size()) ? s[i] : QChar();
}

// End of a number starting at i: digits with inner '.' or ',' (1,000 / 98.5).
qsizetype numberEnd(QStringView s, qsizetype i)
{
    while (i < s.size()) {
        if (digitAt(s, i) >= 0)
            ++i;
        else if ((s[i] == u'.' || s[i] == u',' || s[i] == u'．') && digitAt(s, i + 1) >= 0)
            i += 2;
        else
            break;
    }
    return i;
}

qsizetype placeholderEnd(QStringView s, qsizetype i)
{
    while (i < s.size() && isPlaceholderLetter(s[i]))
        ++i;
    return i;
}

// A run of placeholder letters that is not part of an ASCII word (box, Xi).
bool isPlaceholderRun(QStringView s, qsizetype from, qsizetype to)
{
    return to > from && !isAsciiLetter(at(s, from - 1)) && !isAsciiLetter(at(s, to));
}

bool startsYearRange(QStringView s, qsizetype i)
{
    return kRangeDashes.contains(at(s, i)) && digitAt(s, i + 1) >= 0 && numberEnd(s, i + 1) - (i + 1) == 4;
}

bool isCongress(QStringView s, qsizetype i)
{
    if (at(s, i) != u'大')
        return false;
    const QChar next = at(s, i + 1);
    return !isHan(next) || kCongressFollowers.contains(next);
}

// Text being built a character or a token at a time.
class Buffer
{
public:
    void append(QChar c) { m_chars.append(c); }
    void append(QStringView s) { m_chars.append(s.data(), s.size()); }
    bool isEmpty() const { return m_chars.isEmpty(); }
    QChar back() const { return m_chars.back(); }
    void chop() { m_chars.removeLast(); }
    QString toString() const { return QString(m_chars.constData(), m_chars.size()); }

private:
    QVarLengthArray<QChar, 256> m_chars;
};

void dropTrailingApproximator(Buffer &out)
{
    if (!out.isEmpty() && kApproxBefore.contains(out.back()))
        out.chop();
}

qsizetype slotTokenAtBrace(QStringView text, qsizetype pos)
{
    for (const QString *token : {&slot::Number, &slot::Year, &slot::Unit, &slot::Name}) {
        if (text.mid(pos).startsWith(*token))
            return token->size();
    }
    return 0;
}

} // namespace

qsizetype slotTokenAt(QStringView text, qsizetype pos)
{
    // Asked of every character of every phrase: the test that nearly always
    // fails comes first, small enough to inline.
    return at(text, pos) == u'{' ? slotTokenAtBrace(text, pos) : 0;
}

QString slotify(const QString &raw)
{
    const QStringView s(raw);
    // Built in a plain buffer: QString::append(QChar) does not inline, and
    // it was a tenth of mining a file.
    Buffer out;
    qsizetype i = 0;
    while (i < s.size()) {
        if (const qsizetype token = slotTokenAt(s, i)) {
            out.append(s.mid(i, token));
            i += token;
            continue;
        }
        const QChar c = s[i];
        if (digitAt(s, i) >= 0) {
            const qsizetype end = numberEnd(s, i);
            // 20XX年 / 202X年: a year whose last digits were blanked.
            const qsizetype blanked = placeholderEnd(s, end);
            if (blanked > end && at(s, blanked) == u'年' && blanked - i == 4) {
                out.append(slot::Year);
                i = blanked;
                continue;
            }
            const int value = s.mid(i, end - i).toInt();
            const bool fourDigits = end - i == 4 && value >= 1900 && value <= 2099;
            if (fourDigits && (at(s, end) == u'年' || startsYearRange(s, end))) {
                out.append(slot::Year);
                i = end;
                continue;
            }
            dropTrailingApproximator(out);
            out.append(slot::Number);
            i = end;
            if (kApproxAfter.contains(at(s, i)))
                ++i;
            continue;
        }
        if (isPlaceholderLetter(c)) {
            const qsizetype end = placeholderEnd(s, i);
            if (isPlaceholderRun(s, i, end)) {
                const bool approx = kApproxAfter.contains(at(s, end));
                const qsizetype after = approx ? end + 1 : end;
                const QChar next = at(s, after);
                if (!approx && next == u'年') {
                    out.append(slot::Year);
                    i = end;
                } else if (approx || kMeasures.contains(next) || (!out.isEmpty() && out.back() == u'第')
                           || isCongress(s, after)) {
                    dropTrailingApproximator(out);
                    out.append(slot::Number);
                    i = after;
                } else {
                    out.append(slot::Unit);
                    i = end;
                }
                continue;
            }
            // An ASCII word that merely contains x: copy it whole.
            qsizetype wordEnd = i;
            while (wordEnd < s.size() && isAsciiLetter(s[wordEnd]))
                ++wordEnd;
            out.append(s.mid(i, wordEnd - i));
            i = wordEnd;
            continue;
        }
        if (isNameLetter(c) && (i == 0 || isHan(s[i - 1])) && isHan(at(s, i + 1))) {
            out.append(slot::Name);
            ++i;
            continue;
        }
        out.append(c);
        ++i;
    }
    return out.toString();
}

QString phraseKey(const QString &slotted)
{
    const QStringView s(slotted);
    // Never longer than the text: written in place.
    QString key(s.size(), Qt::Uninitialized);
    QChar *const begin = key.data();
    QChar *end = begin;
    qsizetype i = 0;
    while (i < s.size()) {
        if (const qsizetype token = slotTokenAt(s, i)) {
            *end++ = u'#';
            i += token;
            continue;
        }
        QChar c = s[i++];
        // Most of a key: a Han character is kept as it is, without asking
        // Qt's tables what it is.
        if (isHan(c)) {
            *end++ = c;
            continue;
        }
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(char16_t(u - 0xFEE0));
        if (c.isSpace() || c.isPunct() || c.isSymbol() || c.category() == QChar::Other_Format)
            continue;
        *end++ = c.toLower();
    }
    key.truncate(end - begin);
    return key;
}

int slotCount(QStringView slotted)
{
    int count = 0;
    for (qsizetype i = 0; i < slotted.size(); ++i) {
        if (const qsizetype token = slotTokenAt(slotted, i)) {
            ++count;
            i += token - 1;
        }
    }
    return count;
}

int hanCount(QStringView text)
{
    int count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (const qsizetype token = slotTokenAt(text, i))
            i += token - 1;
        else if (isHan(text[i]))
            ++count;
    }
    return count;
}

} // namespace gaozi
