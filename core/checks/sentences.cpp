#include "checks/sentences.h"

namespace gaozi {
namespace {

bool isSentenceEnd(QChar c)
{
    switch (c.unicode()) {
    case u'。': case u'！': case u'？': case u'；':
    case u'!': case u'?': case u';': case u'\n':
        return true;
    default:
        return false;
    }
}

// Characters that cannot start a sentence: what is left of the previous one.
bool isLeadingJunk(QChar c)
{
    static const QString junk = QStringLiteral("，,。.、；;：:！!？?”’）)》】〕」』 \t\r\n\u3000");
    return junk.contains(c);
}

bool isTrailingPunctuation(QChar c)
{
    static const QString trailing = QStringLiteral("，,。.、；;：:！!？? \t\u3000");
    return trailing.contains(c);
}

} // namespace

int hanCharacterCount(QStringView text)
{
    int n = 0;
    for (const QChar c : text) {
        if (c.script() == QChar::Script_Han)
            ++n;
    }
    return n;
}

QList<SentenceSpan> splitSentences(QStringView paragraph)
{
    QList<SentenceSpan> out;
    const qsizetype n = paragraph.size();
    qsizetype start = 0;
    for (qsizetype i = 0; i <= n; ++i) {
        if (i < n && !isSentenceEnd(paragraph[i]))
            continue;
        qsizetype from = start;
        while (from < i && isLeadingJunk(paragraph[from]))
            ++from;
        qsizetype to = i;
        while (to > from && isTrailingPunctuation(paragraph[to - 1]))
            --to;
        if (to > from)
            out.append({int(from), int(to - from)});
        start = i + 1;
    }
    return out;
}

QString sentenceKey(QStringView sentence)
{
    QString key;
    key.reserve(sentence.size());
    for (const QChar c : sentence) {
        char16_t u = c.unicode();
        if (c.isSpace())
            continue;
        switch (u) {
        case u'“': case u'”': case u'‘': case u'’': case u'"': case u'\'':
        case u'「': case u'」': case u'『': case u'』':
            continue;
        case u',': u = u'，'; break;
        case u';': u = u'；'; break;
        case u':': u = u'：'; break;
        case u'(': u = u'（'; break;
        case u')': u = u'）'; break;
        default:
            // Full-width letters and digits (Ａ, ０) fold to ASCII.
            if ((u >= 0xFF10 && u <= 0xFF19) || (u >= 0xFF21 && u <= 0xFF3A) || (u >= 0xFF41 && u <= 0xFF5A))
                u = char16_t(u - 0xFEE0);
            break;
        }
        key.append(QChar(u));
    }
    while (!key.isEmpty() && isTrailingPunctuation(key.back()))
        key.chop(1);
    return key;
}

} // namespace gaozi
