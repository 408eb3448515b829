#pragma once

#include "ingest/ingest.h"
#include "library/librarywriter.h"
#include "mining/phrasemining.h"

#include <QList>
#include <QStringList>

namespace gaozi::test {

// Texts parsed and mined as an import would, each with a store request for
// /corpus/<i>.txt that points into docs and mined (so the struct is not copied).
struct MinedTexts
{
    QList<ParsedDocument> docs;
    QList<MinedDocument> mined;
    QList<StoreRequest> requests;
    QString error;

    explicit MinedTexts(const QStringList &texts)
    {
        for (const QString &text : texts) {
            auto doc = ingestBytes(QStringLiteral("doc.txt"), text.toUtf8());
            if (!doc) {
                error = doc.error();
                return;
            }
            docs.append(doc.value());
        }
        for (const ParsedDocument &doc : std::as_const(docs))
            mined.append(mineDocument(doc));
        for (int i = 0; i < docs.size(); ++i)
            requests.append({QStringLiteral("/corpus/%1.txt").arg(i), &docs[i], &mined[i], false, {}, {}, {}});
    }
    Q_DISABLE_COPY_MOVE(MinedTexts)
};

} // namespace gaozi::test
