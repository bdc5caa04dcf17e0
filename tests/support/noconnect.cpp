// LD_PRELOAD'ed into a program under test: every attempt to reach another machine (an IP
// connection or a name lookup) is refused as a machine without network refuses it, and written
// as a line to the file named by GEISEP_NET_LOG. Local (Unix) sockets are left alone.
#include <netdb.h>
#include <sys/socket.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <dlfcn.h>

namespace {

void note(const char *what)
{
    if (const char *log = std::getenv("GEISEP_NET_LOG")) {
        if (FILE *f = std::fopen(log, "a")) {
            std::fprintf(f, "%s\n", what);
            std::fclose(f);
        }
    }
}

} // namespace

extern "C" int connect(int fd, const struct sockaddr *address, socklen_t length)
{
    if (address && (address->sa_family == AF_INET || address->sa_family == AF_INET6)) {
        note("connect");
        errno = ECONNREFUSED;
        return -1;
    }
    using Real = int (*)(int, const struct sockaddr *, socklen_t);
    static const auto real = reinterpret_cast<Real>(dlsym(RTLD_NEXT, "connect"));
    return real(fd, address, length);
}

extern "C" int getaddrinfo(const char *node, const char *, const struct addrinfo *,
                           struct addrinfo **)
{
    note(node ? node : "getaddrinfo");
    return EAI_FAIL;
}
