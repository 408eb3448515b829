#pragma once

#include <QStringList>

namespace gaozi::schema {

// The migration ladder: steps()[i] takes user_version i to i+1. Each step runs
// in its own transaction; statements are plain SQL with no user input.
const QList<QStringList> &steps();

} // namespace gaozi::schema
