#include "library/schema.h"

namespace gaozi::schema {

const QStringList &rankIndexNames()
{
    static const QStringList names = {
        QStringLiteral("phrases_rank"),      QStringLiteral("phrases_kind_rank"), QStringLiteral("phrases_role_rank"),
        QStringLiteral("phrases_topic_rank"), QStringLiteral("phrases_favourite"),
    };
    return names;
}

const QStringList &createRankIndexes()
{
    // Each entry ends with the phrase's text signature (textsignature.h),
    // which a walk tests before it reads the phrase.
    static const QStringList statements = {
        QStringLiteral("CREATE INDEX IF NOT EXISTS phrases_rank ON phrases(user DESC, rank DESC, id, sig)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS phrases_kind_rank ON phrases(kind, user DESC, rank DESC, id, sig)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS phrases_role_rank ON phrases(role, user DESC, rank DESC, id, sig)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS phrases_topic_rank ON phrases(topic, user DESC, rank DESC, id, sig)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS phrases_favourite ON phrases(user DESC, rank DESC, id, sig)"
                       " WHERE favourite = 1"),
    };
    return statements;
}

namespace {

// The rank indexes as step 3 made them, before phrases had a signature.
QStringList firstRankIndexes()
{
    QStringList statements = createRankIndexes();
    for (QString &sql : statements)
        sql.replace(QStringLiteral(", id, sig)"), QStringLiteral(", id)"));
    return statements;
}

// The phrases table as step 1 made it (ending with its key constraint) and
// as step 7 rebuilds it (ending with step 6's signature column instead).
QString createPhrasesTable(const QString &name, const char *last)
{
    return QStringLiteral("CREATE TABLE %1 ("
                          " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                          " kind TEXT NOT NULL,"
                          " key TEXT NOT NULL,"
                          " text TEXT NOT NULL,"
                          " role TEXT NOT NULL DEFAULT '',"
                          " topic TEXT NOT NULL DEFAULT '',"
                          " occurrences INTEGER NOT NULL DEFAULT 0,"
                          " doc_count INTEGER NOT NULL DEFAULT 0,"
                          " quality INTEGER NOT NULL DEFAULT 0,"
                          " rank INTEGER NOT NULL DEFAULT 0,"
                          " user INTEGER NOT NULL DEFAULT 0,"
                          " favourite INTEGER NOT NULL DEFAULT 0,"
                          " %2)")
        .arg(name, QLatin1String(last));
}

// The triggers that keep the full-text index in step with the phrases at or
// below its high-water mark (step 1, and again when step 7 rebuilds the table).
QStringList phraseTriggers()
{
    return {
        QStringLiteral("CREATE TRIGGER phrases_ad AFTER DELETE ON phrases"
                       " WHEN old.id <= (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'fts_upto') BEGIN"
                       " INSERT INTO phrase_fts(phrase_fts, rowid, text) VALUES ('delete', old.id, old.text); END"),
        QStringLiteral("CREATE TRIGGER phrases_au AFTER UPDATE OF text ON phrases"
                       " WHEN old.id <= (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'fts_upto') BEGIN"
                       " INSERT INTO phrase_fts(phrase_fts, rowid, text) VALUES ('delete', old.id, old.text);"
                       " INSERT INTO phrase_fts(rowid, text) VALUES (new.id, new.text); END"),
    };
}

// Step 7: the table is rebuilt without its UNIQUE(kind, key) constraint,
// whose index SQLite never lets go of, and the same uniqueness comes back as
// a named index that a bulk import can set aside (rankindexes.h). The rows,
// their ids and the id sequence (AUTOINCREMENT: ids are never reused) are
// kept; the database runs its steps with foreign keys off, so dropping the
// old table deletes no sources.
QStringList keyIndexStep()
{
    static const char *columns = "id, kind, key, text, role, topic, occurrences, doc_count, quality, rank, user,"
                                 " favourite, sig";
    return QStringList{
               createPhrasesTable(QStringLiteral("phrases_new"), "sig INTEGER NOT NULL DEFAULT 0"),
               QStringLiteral("INSERT INTO phrases_new(%1) SELECT %1 FROM phrases ORDER BY id")
                   .arg(QLatin1String(columns)),
               QStringLiteral("DELETE FROM sqlite_sequence WHERE name = 'phrases_new'"),
               QStringLiteral("INSERT INTO sqlite_sequence(name, seq)"
                              " SELECT 'phrases_new', seq FROM sqlite_sequence WHERE name = 'phrases'"),
               QStringLiteral("DROP TABLE phrases"),
               QStringLiteral("ALTER TABLE phrases_new RENAME TO phrases"),
               createKeyIndex(),
           }
        + createRankIndexes() + phraseTriggers();
}

QStringList signatureStep()
{
    QStringList statements = {
        QStringLiteral("ALTER TABLE phrases ADD COLUMN sig INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("UPDATE phrases SET sig = gaozi_text_sig(text)"),
    };
    for (const QString &name : rankIndexNames())
        statements << QStringLiteral("DROP INDEX IF EXISTS ") + name;
    return statements + createRankIndexes();
}

} // namespace

QString sourcesPhraseIndexName()
{
    return QStringLiteral("sources_phrase");
}

QString createSourcesPhraseIndex()
{
    return QStringLiteral("CREATE INDEX IF NOT EXISTS sources_phrase ON sources(phrase_id, document_id)");
}

QString createFullTextTable()
{
    return QStringLiteral("CREATE VIRTUAL TABLE phrase_fts USING fts5("
                          "text, content='phrases', content_rowid='id', tokenize='gaozi_cjk', columnsize=0)");
}

QString keyIndexName()
{
    return QStringLiteral("phrases_key");
}

QString createKeyIndex()
{
    return QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS phrases_key ON phrases(kind, key)");
}

const QList<QStringList> &steps()
{
    static const QList<QStringList> ladder = {
        // 0 → 1: documents, their paragraphs, phrases, sources, FTS.
        QStringList{
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE documents ("
                " id INTEGER PRIMARY KEY,"
                " path TEXT NOT NULL,"
                " file_name TEXT NOT NULL,"
                " content_hash TEXT NOT NULL UNIQUE,"
                " title TEXT NOT NULL DEFAULT '',"
                " year INTEGER,"
                " genre TEXT NOT NULL DEFAULT '',"
                " unit_type TEXT NOT NULL DEFAULT '',"
                " format TEXT NOT NULL DEFAULT '',"
                " encoding TEXT NOT NULL DEFAULT '',"
                " char_count INTEGER NOT NULL DEFAULT 0,"
                " dropped_lines INTEGER NOT NULL DEFAULT 0,"
                " outline_json TEXT NOT NULL DEFAULT '[]',"
                " builtin INTEGER NOT NULL DEFAULT 0,"
                " imported_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX documents_path ON documents(path)"),
            QStringLiteral(
                "CREATE TABLE paragraphs ("
                " id INTEGER PRIMARY KEY,"
                " document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
                " idx INTEGER NOT NULL,"
                " section_path TEXT NOT NULL DEFAULT '',"
                " text TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX paragraphs_document ON paragraphs(document_id, idx)"),
            createPhrasesTable(QStringLiteral("phrases"), "UNIQUE(kind, key)"),
            QStringLiteral("CREATE INDEX phrases_rank ON phrases(rank DESC, id)"),
            QStringLiteral("CREATE INDEX phrases_kind_rank ON phrases(kind, rank DESC, id)"),
            QStringLiteral(
                "CREATE TABLE sources ("
                " phrase_id INTEGER NOT NULL REFERENCES phrases(id) ON DELETE CASCADE,"
                " document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
                " paragraph_id INTEGER REFERENCES paragraphs(id) ON DELETE CASCADE,"
                " offset INTEGER NOT NULL DEFAULT 0,"
                " length INTEGER NOT NULL DEFAULT 0,"
                " hits INTEGER NOT NULL DEFAULT 1,"
                " role TEXT NOT NULL DEFAULT '',"
                " topic TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX sources_phrase ON sources(phrase_id, document_id)"),
            QStringLiteral("CREATE INDEX sources_document ON sources(document_id)"),
            QStringLiteral("CREATE INDEX sources_paragraph ON sources(paragraph_id)"),
            createFullTextTable(),
            // New phrases are indexed in bulk (fulltext.cpp): one FTS5 insert per
            // import instead of one per file, which would flush a segment per commit.
            // Rows at or below the high-water mark are in the index and are kept
            // in step here; AUTOINCREMENT keeps ids from being reused.
            QStringLiteral("INSERT INTO meta(key, value) VALUES ('fts_upto', '0')"),
        } + phraseTriggers(),
        // 1 → 2: the composer's drafts. The outline (opening and section tree)
        // is one JSON value, so an autosave is a single-row UPDATE.
        {
            QStringLiteral(
                "CREATE TABLE drafts ("
                " id INTEGER PRIMARY KEY,"
                " name TEXT NOT NULL,"
                " genre TEXT NOT NULL DEFAULT '',"
                " title_pattern TEXT NOT NULL DEFAULT '',"
                " title_override TEXT NOT NULL DEFAULT '',"
                " unit TEXT NOT NULL DEFAULT '',"
                " year INTEGER NOT NULL DEFAULT 0,"
                " period TEXT NOT NULL DEFAULT '',"
                " doc_date TEXT NOT NULL DEFAULT '',"
                " outline_json TEXT NOT NULL DEFAULT '{}',"
                " char_count INTEGER NOT NULL DEFAULT 0,"
                " created_at TEXT NOT NULL,"
                " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX drafts_updated ON drafts(updated_at DESC, id)"),
        },
        // 2 → 3: the rank indexes in the search's default order, the user's own
        // phrases first, one per filter of the filter panel: a page of results,
        // or the matches of a common word, is read off an index walk instead
        // of sorting every match (with the old indexes an empty query sorted
        // all phrases, and a role or topic filter read every phrase of the
        // word). Favourites are few: a partial index.
        QStringList{
            QStringLiteral("DROP INDEX phrases_rank"),
            QStringLiteral("DROP INDEX phrases_kind_rank"),
        } + firstRankIndexes(),
        // 3 → 4: the full-text index gathers up to 64 MB of new entries in
        // memory before writing a segment (the default is 1 MB). Indexing a
        // large import then writes a few large segments instead of hundreds
        // of small ones that are merged again and again: 1.4 million phrases
        // took 28.5 s with the default, 16.8 s with this.
        {
            QStringLiteral("INSERT INTO phrase_fts(phrase_fts, rank) VALUES ('hashsize', 67108864)"),
        },
        // 4 → 5: phrases.key holds a 16-byte digest of the key text instead of
        // the text (phrasekey.h): the unique index it is looked up by shrinks
        // from 264 MB to about 30 at 270 MB of corpus. Digests are blobs,
        // which never equal a text value, so rows can change one by one.
        {
            QStringLiteral("UPDATE phrases SET key = gaozi_phrase_key(key) WHERE typeof(key) = 'text'"),
        },
        // 5 → 6: each phrase's text signature (textsignature.h), at the end
        // of every rank index: a walk that tests texts reads only the
        // phrases whose signature holds the words' bits (党建 学习 at 270 MB:
        // one in five). Written by whoever inserts a phrase; the doctor
        // checks them. 21 s for the 1.4 million phrases of 270 MB of corpus.
        signatureStep(),
        keyIndexStep(),
    };
    return ladder;
}

} // namespace gaozi::schema
