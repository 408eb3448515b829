#include "library/fulltextcandidates.h"

#include "library/phrasesearch.h"
#include "library/searchsql.h"
#include "library/sqlstatement.h"

#include <algorithm>

namespace gaozi {
namespace {

// Counting a token in the sample stops here (a list of about 1,024 × 64
// entries): past it a bigram is too common to be chosen, and counting a
// common one whole costs more than the rest of the plan.
constexpr qint64 kSampleCap = 1024;

bool splitsTokens(char32_t c)
{
    // The tokenizer's whitespace (ftstokenizer.cpp): ASCII space and control
    // whitespace, U+00A0 and U+3000.
    return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\f' || c == U'\v' || c == 0x00A0 ||
           c == 0x3000;
}

QString quoted(QString token)
{
    token.replace(u'"', QStringLiteral("\"\""));
    return u'"' + token + u'"';
}

} // namespace

QStringList wordBigrams(const QString &word)
{
    const QList<uint> chars = searchsql::foldAscii(word).toUcs4();
    if (chars.size() < 3)
        return {};
    if (std::any_of(chars.cbegin(), chars.cend(), [](uint c) { return splitsTokens(char32_t(c)); }))
        return {};
    QStringList bigrams;
    for (qsizetype i = 0; i + 1 < chars.size(); ++i) {
        const char32_t pair[2] = {char32_t(chars[i]), char32_t(chars[i + 1])};
        bigrams << QString::fromUcs4(pair, 2);
    }
    return bigrams;
}

Result<FullTextCandidates> fullTextCandidates(Database &db, const QStringList &words, qint64 sampleUpTo, qint64 phrases)
{
    FullTextCandidates out;
    out.expression = PhraseSearch::ftsExpression(words);
    if (sampleUpTo <= 0)
        return out;
    SqlStatement count;
    if (Status p = count.prepare(db, "SELECT count(*) FROM (SELECT 1 FROM phrase_fts WHERE phrase_fts MATCH ?"
                                     " AND rowid <= ? LIMIT ?)");
        !p)
        return Error{p.error()};
    const auto sampled = [&](const QString &expression) -> Result<qint64> {
        count.bind(1, expression);
        count.bind(2, sampleUpTo);
        count.bind(3, kSampleCap);
        auto row = count.step(QStringLiteral("search failed"));
        if (!row)
            return Error{row.error()};
        const qint64 n = row.value() ? count.int64(0) : 0;
        count.reset();
        return n;
    };
    QStringList parts;
    bool exact = true;
    for (const QString &word : words) {
        const QStringList bigrams = wordBigrams(word);
        QString driver = PhraseSearch::ftsExpression({word});
        qint64 least = -1;
        if (bigrams.isEmpty()) {
            auto n = sampled(driver);
            if (!n)
                return Error{n.error()};
            least = n.value();
        }
        for (const QString &bigram : bigrams) {
            auto n = sampled(quoted(bigram));
            if (!n)
                return Error{n.error()};
            if (least < 0 || n.value() < least) {
                least = n.value();
                driver = quoted(bigram);
            }
        }
        exact = exact && bigrams.isEmpty();
        parts << driver;
        out.listRows += least * phrases / sampleUpTo;
    }
    out.expression = parts.join(QStringLiteral(" AND "));
    out.exact = exact;
    return out;
}

Status CandidateTest::prepare(Database &db, const QStringList &words)
{
    QStringList calls;
    for (qsizetype i = 0; i < words.size(); ++i)
        calls << QStringLiteral("gaozi_contains(text, ?)");
    const QByteArray sql =
        QString(QStringLiteral("SELECT ") + calls.join(QStringLiteral(" AND ")) + QStringLiteral(" FROM phrases WHERE id = ?"))
            .toUtf8();
    if (Status p = m_statement.prepare(db, sql.constData()); !p)
        return p;
    for (qsizetype i = 0; i < words.size(); ++i)
        m_statement.bind(int(i) + 1, searchsql::foldAscii(words[i]));
    m_idAt = int(words.size()) + 1;
    return {};
}

Result<bool> CandidateTest::holds(qint64 id)
{
    m_statement.bind(m_idAt, id);
    auto row = m_statement.step(QStringLiteral("search failed"));
    if (!row)
        return Error{row.error()};
    const bool yes = row.value() && m_statement.int64(0) != 0;
    m_statement.reset();
    return yes;
}

} // namespace gaozi
