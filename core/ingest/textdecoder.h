#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

namespace gaozi {

struct DecodedText
{
    QString text;
    QString encoding;
};

// Bytes of a text file to a string. BOMs (UTF-8, UTF-16 LE/BE) win; otherwise
// strict UTF-8, then GB18030 (a superset of GBK and GB2312). Binary data
// (NUL bytes, control characters) is refused with a reason.
Result<DecodedText> decodeText(const QByteArray &bytes);

} // namespace gaozi
