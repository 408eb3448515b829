#include "library/phrasecontext.h"

#include <QHash>
#include <QSqlQuery>

namespace gaozi {
namespace {

constexpr int kMaxSources = 300;
constexpr int kMaxSentence = 160;

bool isSentenceEnd(QChar c)
{
    return c == u'。' || c == u'！' || c == u'？' || c == u'；' || c == u'!' || c == u'?' || c == u';';
}

bool isLeadingJunk(QChar c)
{
    return c.isSpace() || c.isPunct();
}

struct Source
{
    qint64 paragraphId = 0;
    qint64 documentId = 0;
    int paragraphIndex = 0;
    int end = 0;
    QString text;
    QString title;
};

// The mined sentence or point starting first at or after `from` in the
// paragraph, if nothing but punctuation separates it from `from`.
std::pair<qint64, QString> minedNext(QSqlQuery &q, const Source &s)
{
    q.addBindValue(s.paragraphId);
    q.addBindValue(s.end);
    if (!q.exec() || !q.next())
        return {0, {}};
    const int offset = q.value(2).toInt();
    for (int i = s.end; i < offset && i < s.text.size(); ++i) {
        if (!isLeadingJunk(s.text[i]))
            return {0, {}};
    }
    return {q.value(0).toLongLong(), q.value(1).toString()};
}

} // namespace

QString sentenceAt(const QString &paragraph, int from)
{
    int start = std::max(0, from);
    while (start < paragraph.size() && isLeadingJunk(paragraph[start]))
        ++start;
    int end = start;
    while (end < paragraph.size() && end - start < kMaxSentence) {
        if (isSentenceEnd(paragraph[end++]))
            break;
    }
    return paragraph.mid(start, end - start).trimmed();
}

Result<QList<FollowingSentence>> followingSentences(Database &db, qint64 phraseId, int limit)
{
    QSqlQuery sources(db.connection());
    sources.prepare(QStringLiteral(
        "SELECT s.paragraph_id, g.document_id, g.idx, s.offset + s.length, g.text, d.title, p.kind"
        " FROM sources s JOIN paragraphs g ON g.id = s.paragraph_id JOIN documents d ON d.id = g.document_id"
        " JOIN phrases p ON p.id = s.phrase_id"
        " WHERE s.phrase_id = ? ORDER BY d.id, g.idx, s.offset LIMIT ?"));
    sources.addBindValue(phraseId);
    sources.addBindValue(kMaxSources);
    if (!sources.exec())
        return sqlError(QStringLiteral("cannot read the phrase's sources"), sources);
    QList<Source> found;
    bool heading = false;
    while (sources.next()) {
        found.append({sources.value(0).toLongLong(), sources.value(1).toLongLong(), sources.value(2).toInt(),
                      sources.value(3).toInt(), sources.value(4).toString(), sources.value(5).toString()});
        heading = sources.value(6).toString() == u"heading";
    }

    QSqlQuery next(db.connection());
    next.prepare(QStringLiteral(
        "SELECT p.id, p.text, m.offset FROM sources m JOIN phrases p ON p.id = m.phrase_id"
        " WHERE m.paragraph_id = ? AND m.offset >= ? AND p.kind IN ('sentence', 'point')"
        " ORDER BY m.offset, p.kind = 'sentence' DESC, m.length DESC LIMIT 1"));
    QSqlQuery after(db.connection());
    after.prepare(QStringLiteral("SELECT id, text FROM paragraphs WHERE document_id = ? AND idx = ?"));

    QList<FollowingSentence> out;
    QHash<QString, int> index; // text → position in out
    for (Source s : found) {
        auto [id, text] = minedNext(next, s);
        if (text.isEmpty())
            text = sentenceAt(s.text, s.end);
        if (text.isEmpty() && heading) {
            after.addBindValue(s.documentId);
            after.addBindValue(s.paragraphIndex + 1);
            if (after.exec() && after.next()) {
                s = {after.value(0).toLongLong(), s.documentId, s.paragraphIndex + 1, 0, after.value(1).toString(),
                     s.title};
                std::tie(id, text) = minedNext(next, s);
                if (text.isEmpty())
                    text = sentenceAt(s.text, 0);
            }
        }
        if (text.isEmpty())
            continue;
        const auto it = index.constFind(text);
        if (it != index.constEnd()) {
            ++out[*it].count;
            continue;
        }
        index.insert(text, int(out.size()));
        out.append({text, id, 1, s.title});
    }
    std::stable_sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.count > b.count; });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

} // namespace gaozi
