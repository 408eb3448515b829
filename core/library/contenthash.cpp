#include "library/librarywriter.h"

#include <QCryptographicHash>

#include <openssl/crypto.h>
#include <openssl/evp.h>

// LibraryWriter::contentHash: the digest by which an import recognises a
// document the library already holds.

namespace gaozi {
namespace {

// OpenSSL sets itself up (reads its configuration, keeps per-thread error
// state) on first use. Done here, at start-up on the main thread, whose
// state OpenSSL frees at exit; first done on a worker thread, LeakSanitizer
// reports that thread's state as leaked.
[[maybe_unused]] const bool openSslReady = OPENSSL_init_crypto(OPENSSL_INIT_LOAD_CONFIG, nullptr) == 1;

// SHA-256 through OpenSSL, which uses the processor's SHA instructions where
// it has them: QCryptographicHash's own SHA-256 was a tenth of reading and
// mining a file. The digests are the same, so libraries hashed before match.
class OpenSslSha256
{
public:
    OpenSslSha256() : m_context(EVP_MD_CTX_new())
    {
        m_ok = m_context && EVP_DigestInit_ex(m_context, EVP_sha256(), nullptr);
    }
    ~OpenSslSha256() { EVP_MD_CTX_free(m_context); }
    OpenSslSha256(const OpenSslSha256 &) = delete;
    OpenSslSha256 &operator=(const OpenSslSha256 &) = delete;

    void addData(const QByteArray &bytes)
    {
        m_ok = m_ok && EVP_DigestUpdate(m_context, bytes.constData(), bytes.size());
    }
    // Empty if OpenSSL failed (it could not allocate its context).
    QByteArray result()
    {
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int size = 0;
        m_ok = m_ok && EVP_DigestFinal_ex(m_context, digest, &size);
        return m_ok ? QByteArray(reinterpret_cast<const char *>(digest), int(size)) : QByteArray();
    }

private:
    EVP_MD_CTX *m_context;
    bool m_ok = false;
};

template <typename Hash>
void hashSections(Hash &h, const QList<Section> &sections)
{
    for (const auto &s : sections) {
        h.addData(QString(QString::number(s.level) + s.number + s.heading + u'\n').toUtf8());
        for (const auto &p : s.paragraphs)
            h.addData(QString(p + u'\n').toUtf8());
        hashSections(h, s.children);
    }
}

template <typename Hash>
QByteArray hashDocument(Hash &&h, const ParsedDocument &doc)
{
    h.addData(QString(doc.title + u'\n').toUtf8());
    for (const auto &p : doc.opening)
        h.addData(QString(p + u'\n').toUtf8());
    hashSections(h, doc.sections);
    return h.result();
}

} // namespace

QString LibraryWriter::contentHash(const ParsedDocument &doc)
{
    QByteArray digest = hashDocument(OpenSslSha256(), doc);
    if (digest.isEmpty())
        digest = hashDocument(QCryptographicHash(QCryptographicHash::Sha256), doc);
    return QString::fromLatin1(digest.toHex());
}

} // namespace gaozi
