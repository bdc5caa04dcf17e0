#pragma once

#include <cpl_error.h>

#include <QString>

namespace geisep {

// Registers GDAL's drivers once per process (thread-safe); every gis entry point that opens a
// file through GDAL calls it first.
void ensureGdal();

// Keeps GDAL's own messages off stderr while we probe and read, on this thread; the last one
// is kept for ours.
class GdalErrors
{
public:
    GdalErrors()
        : m_pusher(CPLQuietErrorHandler)
    {
        CPLErrorReset();
    }
    QString last() const { return QString::fromUtf8(CPLGetLastErrorMsg()).trimmed(); }

private:
    CPLErrorHandlerPusher m_pusher;
};

} // namespace geisep
