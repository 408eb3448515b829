#pragma once

#include "common/result.h"
#include "library/librarytypes.h"

#include <QDialog>

class QJsonArray;
class QLabel;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace gaozi::ui {

class LibrarySession;

// A whole source document, read-only, with its outline beside it. Opens on
// the paragraph a phrase came from, with the phrase highlighted; a click in
// the outline jumps to that section. The text loads on a worker thread.
class DocumentViewer final : public QDialog
{
    Q_OBJECT
public:
    // paragraphIndex < 0 opens at the top; highlight is (offset, length) in that paragraph.
    DocumentViewer(LibrarySession *session, qint64 documentId, int paragraphIndex = -1,
                   QPair<int, int> highlight = {0, 0}, QWidget *parent = nullptr);

    bool isLoaded() const { return m_loaded; }
    const DocumentView &document() const { return m_document; }
    QTreeWidget *outline() const { return m_outline; }
    QTextBrowser *textView() const { return m_text; }
    void scrollToParagraph(int index);

Q_SIGNALS:
    void loaded();

private:
    void present(const Result<DocumentView> &document);
    void buildOutline(const QJsonArray &sections, QTreeWidgetItem *parent, int *searchFrom);
    QString documentHtml() const;

    int m_target;
    QPair<int, int> m_highlight;
    DocumentView m_document;
    bool m_loaded = false;
    QLabel *m_header;
    QTreeWidget *m_outline;
    QTextBrowser *m_text;
};

} // namespace gaozi::ui
