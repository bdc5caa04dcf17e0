#pragma once

#include <QString>

class QFileDialog;
class QWidget;

namespace geisep::files {

// The workbench's file choosers. They are Qt's own, with one change: where Qt's dialog is shown
// (no platform dialog), the "Date Modified" column follows the workbench's language (QLocale())
// rather than the system's, so a Turkish window shows "6.12.2026 05:10", not "12/6/26 5:10 AM".
QString openFile(QWidget *parent, const QString &caption, const QString &dir,
                 const QString &filter);
QString saveFile(QWidget *parent, const QString &caption, const QString &dir,
                 const QString &filter);
QString existingFolder(QWidget *parent, const QString &caption, const QString &dir);

// Applies that change to a dialog (exposed for the tests).
void localiseDates(QFileDialog &dialog);

} // namespace geisep::files
