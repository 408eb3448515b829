#include "library/termrefresh.h"

#include "library/fulltext.h"
#include "library/librarywriter.h"
#include "library/sqlvalue.h"
#include "mining/phrasemining.h"
#include "mining/termmatcher.h"
#include "mining/termminer.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace gaozi {
namespace {

struct ParagraphRow
{
    qint64 id;
    qint64 document;
    QString text;
};

Result<QList<ParagraphRow>> loadParagraphs(Database &db)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, document_id, text FROM paragraphs ORDER BY document_id, idx")))
        return sqlError(QStringLiteral("cannot read paragraphs"), q);
    QList<ParagraphRow> rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString()});
    return rows;
}

} // namespace

Result<TermRefreshStats> refreshTerms(Database &db)
{
    auto rows = loadParagraphs(db);
    if (!rows)
        return Error{rows.error()};

    QList<QStringList> documents;
    qint64 lastDoc = -1;
    for (const auto &r : rows.value()) {
        if (r.document != lastDoc) {
            documents.append(QStringList());
            lastDoc = r.document;
        }
        documents.last().append(r.text);
    }
    const QList<TermCandidate> statistical = mineStatisticalTerms(documents);

    TermRefreshStats stats;
    Status s = db.transaction([&]() -> Status {
        QSqlQuery q(db.connection());
        // Existing mined terms (quoted and numbered formulas) plus the statistical ones.
        QHash<QString, qint64> idByKey;
        QStringList texts;
        QList<qint64> ids;
        if (!q.exec(QStringLiteral("SELECT id, key, text FROM phrases WHERE kind = 'term'")))
            return sqlError(QStringLiteral("cannot read terms"), q);
        while (q.next()) {
            idByKey.insert(q.value(1).toString(), q.value(0).toLongLong());
            ids << q.value(0).toLongLong();
            texts << q.value(2).toString();
        }
        QSqlQuery insert(db.connection());
        insert.prepare(QStringLiteral("INSERT INTO phrases(kind, key, text, role, topic, quality)"
                                      " VALUES ('term', ?, ?, '', ?, ?)"));
        for (const auto &c : statistical) {
            const QString key = phraseKey(c.text);
            if (key.isEmpty() || idByKey.contains(key))
                continue;
            insert.addBindValue(key);
            insert.addBindValue(c.text);
            insert.addBindValue(sqlText(classifyTopic(c.text)));
            insert.addBindValue(LibraryWriter::quality(PhraseKind::Term, c.text));
            if (!insert.exec())
                return sqlError(QStringLiteral("cannot store term"), insert);
            const qint64 id = insert.lastInsertId().toLongLong();
            idByKey.insert(key, id);
            ids << id;
            texts << c.text;
            ++stats.statistical;
        }
        if (!q.exec(QStringLiteral("DELETE FROM sources WHERE phrase_id IN (SELECT id FROM phrases WHERE kind = 'term')")))
            return sqlError(QStringLiteral("cannot reset term sources"), q);

        const TermMatcher matcher(texts);
        QSqlQuery source(db.connection());
        source.prepare(QStringLiteral(
            "INSERT INTO sources(phrase_id, document_id, paragraph_id, offset, length, hits, role, topic)"
            " VALUES (?, ?, ?, ?, ?, ?, '', '')"));
        // Per document: each term's first place and its number of hits.
        struct First
        {
            qint64 paragraph;
            int offset;
            int hits;
        };
        QHash<int, First> inDocument;
        const auto flush = [&](qint64 document) -> Status {
            for (auto it = inDocument.cbegin(); it != inDocument.cend(); ++it) {
                for (const QVariant &v : QVariantList{ids[it.key()], document, it->paragraph, it->offset,
                                                      int(texts[it.key()].size()), it->hits})
                    source.addBindValue(v);
                if (!source.exec())
                    return sqlError(QStringLiteral("cannot store term source"), source);
                ++stats.sources;
            }
            inDocument.clear();
            return {};
        };
        const QList<ParagraphRow> &all = rows.value();
        for (int i = 0; i < all.size(); ++i) {
            const ParagraphRow &r = all[i];
            matcher.scan(r.text, [&](int term, qsizetype offset) {
                auto it = inDocument.find(term);
                if (it == inDocument.end())
                    inDocument.insert(term, {r.id, int(offset), 1});
                else
                    ++it->hits;
            });
            if (i + 1 == all.size() || all[i + 1].document != r.document) {
                if (Status s = flush(r.document); !s)
                    return s;
            }
        }
        const QSet<qint64> termIds(ids.cbegin(), ids.cend());
        if (Status r = recountPhrases(db, termIds); !r)
            return r;
        if (Status r = syncFullText(db); !r)
            return r;
        if (!q.exec(QStringLiteral("SELECT count(*) FROM phrases WHERE kind = 'term'")) || !q.next())
            return sqlError(QStringLiteral("cannot count terms"), q);
        stats.terms = q.value(0).toInt();
        return {};
    });
    if (!s)
        return Error{s.error()};
    return stats;
}

} // namespace gaozi
