#include "ingest/textdecoder.h"

#include <QStringDecoder>

namespace gaozi {
namespace {

bool looksBinary(QStringView text)
{
    qsizetype control = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
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
    if (looksBinary(text))
        return Error{QStringLiteral("not a text file (binary content)")};
    return DecodedText{std::move(text), encoding};
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
    if (bytes.contains('\0'))
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
    text = gb(bytes);
    // GB18030 accepts almost any byte sequence; many undecodable bytes mean
    // the file is neither UTF-8 nor GB18030.
    if (gb.hasError() && replacementCount(text) * 20 > text.size())
        return Error{QStringLiteral("unknown text encoding (neither UTF-8 nor GB18030)")};
    return finish(std::move(text), QStringLiteral("GB18030"));
}

} // namespace gaozi
