#include "app/session.h"

namespace geisep {

Session::Session(std::unique_ptr<Project> project, QObject *parent)
    : QObject(parent)
    , m_project(std::move(project))
    , m_plan(m_project->db())
{}

Session::~Session()
{
    // Commands may refer to the project: drop them first.
    m_undo.clear();
}

} // namespace geisep
