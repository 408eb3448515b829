#include "library/librarystats.h"

#include "library/librarytypes.h"

#include <QSqlQuery>
#include <QVariant>

namespace gaozi {
namespace {

Status pairs(Database &db, const QString &sql, QList<QPair<QString, int>> *out)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        return sqlError(QStringLiteral("cannot compute statistics"), q);
    while (q.next())
        out->append({q.value(0).toString(), q.value(1).toInt()});
    return {};
}

} // namespace

Result<LibraryStats> libraryStats(Database &db, int topTerms)
{
    LibraryStats s;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral(
            "SELECT (SELECT count(*) FROM documents), (SELECT coalesce(sum(char_count), 0) FROM documents),"
            " (SELECT count(*) FROM phrases), (SELECT count(*) FROM sources),"
            " (SELECT count(*) FROM phrases WHERE favourite = 1), (SELECT count(*) FROM phrases WHERE user = 1)"))
        || !q.next())
        return sqlError(QStringLiteral("cannot compute statistics"), q);
    s.documents = q.value(0).toInt();
    s.characters = q.value(1).toLongLong();
    s.phrases = q.value(2).toInt();
    s.sources = q.value(3).toInt();
    s.favourites = q.value(4).toInt();
    s.userPhrases = q.value(5).toInt();

    const QList<QPair<QString, QList<QPair<QString, int>> *>> queries = {
        {QStringLiteral("SELECT coalesce(year, ''), count(*) FROM documents GROUP BY year ORDER BY year"), &s.documentsByYear},
        {QStringLiteral("SELECT genre, count(*) FROM documents GROUP BY genre ORDER BY count(*) DESC, genre"),
         &s.documentsByGenre},
        {QStringLiteral("SELECT kind, count(*) FROM phrases GROUP BY kind ORDER BY count(*) DESC, kind"), &s.phrasesByKind},
        {QStringLiteral("SELECT topic, count(*) FROM phrases WHERE topic <> '' GROUP BY topic ORDER BY count(*) DESC, topic"),
         &s.phrasesByTopic},
        {QStringLiteral("SELECT role, count(*) FROM phrases WHERE role <> '' GROUP BY role ORDER BY count(*) DESC, role"),
         &s.phrasesByRole},
        {QStringLiteral("SELECT text, doc_count FROM phrases WHERE kind = 'term' ORDER BY doc_count DESC, occurrences DESC,"
                        " id LIMIT %1")
             .arg(topTerms),
         &s.topTerms},
    };
    for (const auto &[sql, out] : queries) {
        if (Status st = pairs(db, sql, out); !st)
            return Error{st.error()};
    }
    return s;
}

Result<DoctorReport> checkLibrary(Database &db)
{
    DoctorReport r;
    QSqlQuery q(db.connection());

    r.checks << QStringLiteral("SQLite integrity_check");
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return sqlError(QStringLiteral("integrity check failed to run"), q);
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != u"ok")
            r.problems << QStringLiteral("integrity: %1").arg(line);
    }

    r.checks << QStringLiteral("foreign keys");
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return sqlError(QStringLiteral("foreign key check failed to run"), q);
    while (q.next())
        r.problems << QStringLiteral("foreign key: %1 row %2 → %3").arg(q.value(0).toString(), q.value(1).toString(),
                                                                      q.value(2).toString());

    r.checks << QStringLiteral("full-text index matches phrases");
    if (!q.exec(QStringLiteral("INSERT INTO phrase_fts(phrase_fts, rank) VALUES ('integrity-check', 1)")))
        r.problems << QStringLiteral("full-text index: %1").arg(sqlError(QString(), q).message.mid(2));

    // Checks that count rows breaking a rule: each is (name, query, problem).
    struct CountCheck
    {
        QString name;
        QString sql;
        QString problem; // %1: how many
    };
    const QList<CountCheck> counted = {
        {QStringLiteral("phrase counts match sources"),
         QStringLiteral("SELECT count(*) FROM phrases p WHERE p.user = 0 AND p.kind <> 'term' AND (p.occurrences <>"
                        " (SELECT coalesce(sum(s.hits), 0) FROM sources s WHERE s.phrase_id = p.id) OR p.doc_count <>"
                        " (SELECT count(DISTINCT s.document_id) FROM sources s WHERE s.phrase_id = p.id))"),
         QStringLiteral("%1 phrases have stale counts")},
        // Search orders by rank, which every writer keeps in step with the counts.
        {QStringLiteral("phrase ranks follow their counts"),
         QStringLiteral("SELECT count(*) FROM phrases"
                        " WHERE rank <> doc_count * 1000000 + min(occurrences, 9999) * 100 + quality"),
         QStringLiteral("phrases ranked out of step with their counts: %1")},
        // A walk of the rank index skips a phrase whose signature lacks a
        // word's bits (textsignature.h): a stale one would hide it.
        {QStringLiteral("phrase signatures match their texts"),
         QStringLiteral("SELECT count(*) FROM phrases WHERE sig <> gaozi_text_sig(text)"),
         QStringLiteral("phrases with a stale text signature: %1")},
        // A term keeps source rows for its newest documents only (termrefresh.h);
        // documents imported since the last term refresh may have added more.
        {QStringLiteral("terms keep the sources the preview lists"),
         QStringLiteral("SELECT count(*) FROM (SELECT p.doc_count AS documents,"
                        " (SELECT count(*) FROM sources s WHERE s.phrase_id = p.id) AS kept"
                        " FROM phrases p WHERE p.user = 0 AND p.kind = 'term')"
                        " WHERE kept < min(documents, %1) OR kept > documents")
             .arg(kSourcesListed),
         QStringLiteral("terms with the wrong number of sources: %1")},
        {QStringLiteral("no mined phrase without a source"),
         QStringLiteral("SELECT count(*) FROM phrases p WHERE p.user = 0 AND NOT EXISTS"
                        " (SELECT 1 FROM sources s WHERE s.phrase_id = p.id)"),
         QStringLiteral("%1 mined phrases have no source")},
    };
    for (const CountCheck &check : counted) {
        r.checks << check.name;
        if (!q.exec(check.sql) || !q.next())
            return sqlError(QStringLiteral("check “%1” failed to run").arg(check.name), q);
        if (const int bad = q.value(0).toInt(); bad > 0)
            r.problems << check.problem.arg(bad);
    }
    return r;
}

} // namespace gaozi
