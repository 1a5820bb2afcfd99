"""Loaded at start-up by a build under test: any attempt to reach another host is refused.

The log matters because a library may catch the refusal and carry on; the test reads the log.
"""

import ipaddress
import os
import socket

_LOG = os.environ["NETWORK_GUARD_LOG"]
_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex
_real_getaddrinfo = socket.getaddrinfo


def _is_loopback(host) -> bool:
    if host in ("localhost", "", None):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _refuse(what: str) -> None:
    with open(_LOG, "a", encoding="utf-8") as log:
        log.write(what + "\n")
    raise OSError(f"network access blocked during the build: {what}")


def _guarded_connect(self, address):
    if self.family in (socket.AF_INET, socket.AF_INET6) and not _is_loopback(address[0]):
        _refuse(f"connect {address!r}")
    return _real_connect(self, address)


def _guarded_connect_ex(self, address):
    if self.family in (socket.AF_INET, socket.AF_INET6) and not _is_loopback(address[0]):
        _refuse(f"connect_ex {address!r}")
    return _real_connect_ex(self, address)


def _guarded_getaddrinfo(host, *args, **kwargs):
    if not _is_loopback(host if not isinstance(host, bytes) else host.decode()):
        _refuse(f"getaddrinfo {host!r}")
    return _real_getaddrinfo(host, *args, **kwargs)


socket.socket.connect = _guarded_connect
socket.socket.connect_ex = _guarded_connect_ex
socket.getaddrinfo = _guarded_getaddrinfo
