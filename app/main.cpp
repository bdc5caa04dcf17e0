// geisep: the workbench window. All logic lives in geisep_app; see app/mainwindow.h.
#include "app/mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    return geisep::MainWindow::runApplication(app);
}
