"""Which addresses a URL may be fetched from: public internet addresses only, unless the operator opens more.

A URL that a stranger typed (in the web app, or in a feed list) must not reach the machine's own services or its
network: loopback, private, link-local, shared (CGNAT), documentation, multicast, reserved and unspecified
addresses are refused, in IPv4 and IPv6, however they are spelt. A host written as an address is read the way
the C library reads it (``127.1``, ``2130706433``, ``0x7f.1``, ``017700000001`` are all 127.0.0.1), and IPv6
addresses that carry an IPv4 one (``::ffff:127.0.0.1``, NAT64 ``64:ff9b::/96``, 6to4 ``2002::/16``, Teredo) are
judged by that IPv4 address too. A host name is resolved once and EVERY address it resolves to must pass; the
fetcher then connects to one of these checked addresses, never looking the name up again (so a DNS server that
answers differently the second time cannot slip a private address in).

``IngestConfig.allow_private_urls`` lifts the rule; ``IngestConfig.allowed_networks`` opens only the networks
named (an intranet on purpose).
"""

from __future__ import annotations

import ipaddress
import re
import socket
import threading
from dataclasses import dataclass
from ipaddress import IPv4Address, IPv4Network, IPv6Address, IPv6Network

from newsprism.config import IngestConfig

IPAddress = IPv4Address | IPv6Address
Network = IPv4Network | IPv6Network

NAT64 = IPv6Network("64:ff9b::/96")
"""The well-known NAT64 prefix (RFC 6052): its last 32 bits are the IPv4 address really reached."""

KINDS: tuple[tuple[str, str], ...] = (
    ("unspecified", "is_unspecified"), ("loopback", "is_loopback"), ("link-local", "is_link_local"),
    ("multicast", "is_multicast"), ("private", "is_private"), ("reserved", "is_reserved"),
)
"""The ipaddress properties that make an address non-public, with the word the error message uses. Checked as
well as ``is_global`` because ``is_global`` alone lets multicast (224.0.0.0/4) through."""

NUMBER_PART = re.compile(r"0[xX][0-9a-fA-F]*|0[0-7]*|[1-9][0-9]*")
"""One part of an IPv4 address as inet_aton reads it: hexadecimal, octal (leading 0) or decimal."""


class AddressRefused(Exception):
    """A host that is, or resolves to, an address the policy refuses."""

    def __init__(self, host: str, address: IPAddress, kind: str) -> None:
        super().__init__(f"{host}: {address} is {kind}")
        self.host, self.address, self.kind = host, address, kind


class LookupFailed(Exception):
    """A host name with no address (unknown name, resolver down, or no answer in time)."""


@dataclass(frozen=True)
class AddressPolicy:
    allow_private: bool = False
    """Every address may be fetched from (the operator's choice)."""
    allowed: tuple[Network, ...] = ()
    """Non-public networks opened on purpose."""

    @classmethod
    def of(cls, config: IngestConfig) -> AddressPolicy:
        """The policy of a config; ValueError if one of its allowed networks is not a network."""
        return cls(config.allow_private_urls, parse_networks(config.allowed_networks))

    def refusal(self, address: IPAddress) -> str | None:
        """None when ``address`` may be fetched from; else what kind of address it is ('loopback', ...)."""
        if self.allow_private:
            return None
        forms = address_forms(address)
        if any(form in network for form in forms for network in self.allowed):
            return None
        return next((kind for form in forms if (kind := non_public_kind(form))), None)


def parse_networks(texts: tuple[str, ...] | list[str]) -> tuple[Network, ...]:
    """CIDR networks ('10.1.0.0/16', a bare address for one host); ValueError naming the first bad one."""
    networks = []
    for text in texts:
        try:
            networks.append(ipaddress.ip_network(text.strip(), strict=False))
        except ValueError:
            raise ValueError(f"{text!r} is not a network; write it as CIDR, e.g. 10.1.0.0/16") from None
    return tuple(networks)


def address_forms(address: IPAddress) -> list[IPAddress]:
    """The address and the IPv4 address it carries, if any: an IPv4-mapped or NAT64 address is only its IPv4
    address (that is the host reached); 6to4 and Teredo addresses are both."""
    if isinstance(address, IPv4Address):
        return [address]
    if address.ipv4_mapped is not None:
        return [address.ipv4_mapped]
    if address in NAT64:
        return [IPv4Address(int(address) & 0xFFFFFFFF)]
    if address.sixtofour is not None:
        return [address, address.sixtofour]
    if address.teredo is not None:
        return [address, *address.teredo]
    return [address]


def non_public_kind(address: IPAddress) -> str | None:
    """What makes one address non-public ('loopback', 'private', ...), or None for a public address."""
    for kind, flag in KINDS:
        if getattr(address, flag):
            return kind
    return None if address.is_global else "not globally reachable"


def literal_address(host: str) -> IPAddress | None:
    """The address a host written as an IP address stands for, in any spelling the C library accepts; None
    for a host name."""
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        return _inet_aton(host)


def _inet_aton(host: str) -> IPv4Address | None:
    """inet_aton's reading: 1 to 4 parts, each decimal, octal or hex; the last part fills the bytes left."""
    parts = host.split(".")
    if not 1 <= len(parts) <= 4 or not all(NUMBER_PART.fullmatch(part) for part in parts):
        return None
    *head, last = [_number(part) for part in parts]
    if any(byte > 255 for byte in head) or last >= 1 << (8 * (4 - len(head))):
        return None
    value = 0
    for byte in head:
        value = value << 8 | byte
    return IPv4Address(value << (8 * (4 - len(head))) | last)


def _number(part: str) -> int:
    if part[:2].lower() == "0x":
        return int(part[2:] or "0", 16)
    return int(part, 8) if part.startswith("0") else int(part)


def checked_addresses(host: str, port: int, policy: AddressPolicy, seconds: float) -> list[IPAddress]:
    """The addresses to connect to for ``host``: the literal address, or every address the name resolves to
    (within ``seconds``), each allowed by ``policy``. Raises :class:`AddressRefused` if any one is refused
    (a name that resolves to a public and a private address is refused), :class:`LookupFailed` if none."""
    literal = literal_address(host)
    addresses = [literal] if literal is not None else resolve(host, port, seconds)
    for address in addresses:
        kind = policy.refusal(address)
        if kind is not None:
            raise AddressRefused(host, address, kind)
    return addresses


def resolve(host: str, port: int, seconds: float) -> list[IPAddress]:
    """Every address ``host`` resolves to, in the resolver's order (duplicates dropped); a lookup that takes
    longer than ``seconds`` is abandoned (getaddrinfo cannot be interrupted: it goes on in a daemon thread)."""
    answer: list[list[IPAddress] | Exception] = []

    def lookup() -> None:
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
            answer.append(list(dict.fromkeys(ipaddress.ip_address(info[4][0]) for info in infos)))
        except (OSError, UnicodeError, ValueError) as error:
            answer.append(error)

    thread = threading.Thread(target=lookup, daemon=True, name=f"resolve {host}")
    thread.start()
    thread.join(max(seconds, 0.0))
    if not answer or isinstance(answer[0], Exception) or not answer[0]:
        raise LookupFailed(host)
    return answer[0]
