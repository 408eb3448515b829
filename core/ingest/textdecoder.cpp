#include "ingest/textdecoder.h"

#include <QStringDecoder>

#include <algorithm>

namespace gaozi {
namespace {

char16_t unit(QChar c)
{
    return c.unicode();
}

char16_t unit(char c)
{
    return static_cast<unsigned char>(c);
}

// Decoded text, or raw bytes of an ASCII-compatible encoding.
template<typename View>
bool looksBinary(View text)
{
    qsizetype control = 0;
    for (const auto c : text) {
        const char16_t u = unit(c);
        if (u == 0)
            return true;
        if (u < 0x20 && u != u'\n' && u != u'\r' && u != u'\t' && u != u'\f')
            ++control;
    }
    // A few stray control bytes happen in real files; a share this high is not text.
    return control > 8 && control * 100 > text.size();
}

qsizetype replacementCount(QStringView text)
{
    qsizetype n = 0;
    for (const QChar c : text)
        n += (c.unicode() == 0xFFFD);
    return n;
}

Result<DecodedText> finish(QString text, const QString &encoding)
{
    if (looksBinary(QStringView(text)))
        return Error{QStringLiteral("not a text file (binary content)")};
    return DecodedText{std::move(text), encoding};
}

qsizetype nonAsciiBytes(QByteArrayView bytes)
{
    return std::count_if(bytes.begin(), bytes.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

} // namespace

Result<DecodedText> decodeText(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        QStringDecoder dec(QStringDecoder::Utf8);
        return finish(dec(bytes.mid(3)), QStringLiteral("UTF-8"));
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool le = bytes.startsWith("\xFF\xFE");
        QStringDecoder dec(le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        return finish(dec(bytes.mid(2)), le ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE"));
    }
    // Control bytes are ASCII in UTF-8 and GB18030 alike: judge them before
    // decoding, so random data is called binary rather than an odd encoding.
    if (looksBinary(QByteArrayView(bytes)))
        return Error{QStringLiteral("not a text file (binary content)")};

    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(bytes);
    // A UTF-8 file with a few damaged bytes stays UTF-8; GBK text read as
    // UTF-8 fails on nearly every Chinese character.
    if (!utf8.hasError() || replacementCount(text) * 200 < text.size())
        return finish(std::move(text), QStringLiteral("UTF-8"));

    QStringDecoder gb("GB18030");
    if (!gb.isValid())
        return Error{QStringLiteral("GB18030 decoding is unavailable in this Qt build")};
    // Files pasted together from several sources mix encodings line by line:
    // a line that is valid UTF-8 with Chinese in it is read as UTF-8 (GBK text
    // is almost never valid UTF-8 past a character or two), the others as GB18030.
    text.clear();
    text.reserve(bytes.size());
    int utf8Lines = 0;
    for (qsizetype start = 0; start < bytes.size();) {
        qsizetype end = bytes.indexOf('\n', start);
        end = end < 0 ? bytes.size() : end + 1;
        const QByteArray line = bytes.sliced(start, end - start);
        start = end;
        QStringDecoder lineUtf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString asUtf8 = lineUtf8(line);
        if (!lineUtf8.hasError() && nonAsciiBytes(line) >= 6) {
            text += asUtf8;
            ++utf8Lines;
        } else {
            text += gb(line);
        }
    }
    // GB18030 accepts almost any byte sequence; many undecodable bytes mean
    // the file is neither UTF-8 nor GB18030.
    if (replacementCount(text) * 20 > text.size())
        return Error{QStringLiteral("unknown text encoding (neither UTF-8 nor GB18030)")};
    return finish(std::move(text), utf8Lines > 0 ? QStringLiteral("UTF-8+GB18030") : QStringLiteral("GB18030"));
}

} // namespace gaozi
