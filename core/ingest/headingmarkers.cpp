#include "ingest/headingmarkers.h"

namespace gaozi {
namespace {

constexpr char16_t kDigits[] = u"零一二三四五六七八九";

int digitValue(QChar c)
{
    for (int i = 0; i < 10; ++i) {
        if (c.unicode() == kDigits[i])
            return i;
    }
    if (c.unicode() == u'〇')
        return 0;
    return -1;
}

bool isChineseNumeralChar(QChar c)
{
    return digitValue(c) > 0 || c.unicode() == u'十';
}

// ASCII 0-9 or full-width ０-９ → 0..9, else -1.
int arabicDigit(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= 0xFF10 && u <= 0xFF19)
        return u - 0xFF10;
    return -1;
}

qsizetype chineseRun(QStringView s, qsizetype from)
{
    qsizetype i = from;
    while (i < s.size() && i - from < 4 && isChineseNumeralChar(s[i]))
        ++i;
    return i - from;
}

qsizetype arabicRun(QStringView s, qsizetype from, QString *digits)
{
    qsizetype i = from;
    while (i < s.size() && i - from < 3 && arabicDigit(s[i]) >= 0) {
        digits->append(QChar(u'0' + arabicDigit(s[i])));
        ++i;
    }
    return i - from;
}

bool isOpenParen(QChar c) { return c == u'（' || c == u'('; }
bool isCloseParen(QChar c) { return c == u'）' || c == u')'; }

} // namespace

int chineseNumeralValue(QStringView numeral)
{
    if (numeral.isEmpty() || numeral.size() > 3)
        return 0;
    int value = 0;
    const qsizetype ten = numeral.indexOf(u'十');
    if (ten < 0) {
        if (numeral.size() != 1)
            return 0;
        return std::max(0, digitValue(numeral[0]));
    }
    const int tens = ten == 0 ? 1 : (ten == 1 ? digitValue(numeral[0]) : -1);
    if (tens <= 0)
        return 0;
    value = tens * 10;
    if (ten + 1 < numeral.size()) {
        if (ten + 2 != numeral.size())
            return 0;
        const int ones = digitValue(numeral[ten + 1]);
        if (ones <= 0)
            return 0;
        value += ones;
    }
    return value;
}

QString chineseNumeral(int value)
{
    if (value <= 0 || value > 99)
        return QString::number(value);
    const int tens = value / 10;
    const int ones = value % 10;
    QString out;
    if (tens > 1)
        out += QChar(kDigits[tens]);
    if (tens > 0)
        out += u'十';
    if (ones > 0)
        out += QChar(kDigits[ones]);
    return out;
}

HeadingMarker headingMarkerAt(QStringView line)
{
    HeadingMarker m;
    if (line.isEmpty())
        return m;

    if (isOpenParen(line[0])) {
        const qsizetype cn = chineseRun(line, 1);
        if (cn > 0 && 1 + cn < line.size() && isCloseParen(line[1 + cn])
            && chineseNumeralValue(line.mid(1, cn)) > 0) {
            m.level = 2;
            m.number = line.mid(1, cn).toString();
            m.length = cn + 2;
            m.asciiParens = line[0] == u'(';
            return m;
        }
        QString digits;
        const qsizetype ar = arabicRun(line, 1, &digits);
        if (ar > 0 && 1 + ar < line.size() && isCloseParen(line[1 + ar])) {
            m.level = 4;
            m.number = digits;
            m.length = ar + 2;
            m.asciiParens = line[0] == u'(';
        }
        return m;
    }

    const qsizetype cn = chineseRun(line, 0);
    if (cn > 0 && cn < line.size() && line[cn] == u'、' && chineseNumeralValue(line.left(cn)) > 0) {
        m.level = 1;
        m.number = line.left(cn).toString();
        m.length = cn + 1;
        return m;
    }

    QString digits;
    const qsizetype ar = arabicRun(line, 0, &digits);
    if (ar > 0 && ar < line.size()) {
        const QChar sep = line[ar];
        const bool isSep = sep == u'、' || sep == u'．' || (sep == u'.' && !(ar + 1 < line.size() && arabicDigit(line[ar + 1]) >= 0));
        if (isSep && ar + 1 < line.size()) {
            m.level = 3;
            m.number = digits;
            m.length = ar + 1;
        }
    }
    return m;
}

int pointMarkerOrdinal(QStringView text, qsizetype pos, qsizetype *markerLength)
{
    const qsizetype cn = chineseRun(text, pos);
    if (cn == 0 || pos + cn >= text.size() || text[pos + cn] != u'是')
        return 0;
    const int value = chineseNumeralValue(text.mid(pos, cn));
    if (value <= 0)
        return 0;
    if (markerLength)
        *markerLength = cn + 1;
    return value;
}

} // namespace gaozi
