"""The address policy: non-public addresses refused in every spelling, public ones and opened networks allowed."""

from __future__ import annotations

from ipaddress import IPv4Address, IPv4Network, ip_address

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsprism.config import IngestConfig
from newsprism.ingest.addresses import (
    AddressPolicy,
    AddressRefused,
    checked_addresses,
    literal_address,
    parse_networks,
)

DEFAULT = AddressPolicy()

NON_PUBLIC_V4 = ["127.0.0.0/8", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "169.254.0.0/16", "0.0.0.0/8",
                 "224.0.0.0/4", "100.64.0.0/10", "192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24",
                 "198.18.0.0/15", "240.0.0.0/4"]
"""Loopback, private, link-local, 'this network', multicast, shared (CGNAT), documentation, benchmarking and
reserved IPv4 networks."""


def spellings(address: IPv4Address) -> list[str]:
    """The ways a URL's host can write one IPv4 address that the C library reads as that address."""
    value = int(address)
    a, b, c, d = address.packed
    return [
        str(address), str(value), hex(value), "0" + oct(value)[2:], f"{a}.{(b << 16) | (c << 8) | d}",
        f"{a}.{b}.{(c << 8) | d}", f"{a:#x}.{b:#x}.{c:#x}.{d:#x}", f"0{a:o}.0{b:o}.0{c:o}.0{d:o}",
        f"::ffff:{address}", f"::ffff:{value >> 16:x}:{value & 0xFFFF:x}", f"64:ff9b::{address}",
    ]


def in_network(cidr: str) -> st.SearchStrategy[IPv4Address]:
    network = IPv4Network(cidr)
    first = int(network.network_address)
    return st.integers(first, first + network.num_addresses - 1).map(IPv4Address)


NON_PUBLIC = st.one_of(*(in_network(cidr) for cidr in NON_PUBLIC_V4))


@given(NON_PUBLIC)
def test_every_non_public_ipv4_is_refused_in_every_spelling(address):
    for spelling in spellings(address):
        literal = literal_address(spelling)
        assert literal is not None, spelling
        assert DEFAULT.refusal(literal) is not None, spelling
        with pytest.raises(AddressRefused):
            checked_addresses(spelling, 80, DEFAULT, 1.0)


@given(NON_PUBLIC)
def test_the_spellings_all_stand_for_the_same_address(address):
    readings = {literal_address(spelling) for spelling in spellings(address)[:8]}
    assert readings == {address}


@given(st.integers(0, 2**32 - 1).map(IPv4Address))
def test_an_ipv4_address_is_refused_exactly_when_it_is_not_public(address):
    refused = DEFAULT.refusal(address) is not None
    public = address.is_global and not (address.is_multicast or address.is_reserved)
    assert refused == (not public)


@pytest.mark.parametrize("host", [
    "8.8.8.8", "1.1.1.1", "93.184.216.34", "::ffff:8.8.8.8", "64:ff9b::808:808", "2606:4700::1111",
    "2002:808:808::1",
])
def test_public_addresses_are_allowed(host):
    assert DEFAULT.refusal(ip_address(host)) is None


@pytest.mark.parametrize(("host", "kind"), [
    ("::1", "loopback"), ("::", "unspecified"), ("fe80::1", "link-local"), ("fc00::1", "private"),
    ("ff02::1", "multicast"), ("2001:db8::1", "private"), ("2002:7f00:1::", "loopback"),
    ("2002:a00:1::", "private"), ("::ffff:169.254.169.254", "link-local"), ("64:ff9b::a00:1", "private"),
])
def test_non_public_ipv6_and_ipv6_carrying_a_private_ipv4_are_refused(host, kind):
    assert DEFAULT.refusal(ip_address(host)) == kind


def test_allowed_networks_open_only_themselves():
    policy = AddressPolicy.of(IngestConfig(allowed_networks=("127.0.0.2/32", "10.1.0.0/16")))
    assert policy.refusal(ip_address("127.0.0.2")) is None
    assert policy.refusal(ip_address("::ffff:127.0.0.2")) is None
    assert policy.refusal(ip_address("10.1.200.3")) is None
    assert policy.refusal(ip_address("127.0.0.1")) == "loopback"
    assert policy.refusal(ip_address("10.2.0.1")) == "private"
    assert policy.refusal(ip_address("8.8.8.8")) is None


def test_allow_private_urls_allows_everything():
    policy = AddressPolicy.of(IngestConfig(allow_private_urls=True))
    assert all(policy.refusal(ip_address(host)) is None for host in ("127.0.0.1", "::1", "10.0.0.1", "0.0.0.0"))


@pytest.mark.parametrize("host", ["example.com", "1.2.3.4.5", "256.1.1.1", "08.1.1.1", "1..1", "", "1.2.3.",
                                  "+1.2.3.4", " 127.0.0.1", "4294967296", "1.16777216", "0x1g"])
def test_host_names_and_bad_numbers_are_not_read_as_addresses(host):
    assert literal_address(host) is None


@pytest.mark.parametrize("host", ["127.0.0.0x1", "0x7f000001", "0177.0.0.1", "127.0.1", "127.1", "0x7f.1",
                                  "2130706433", "017700000001", "127.0.0.01"])
def test_odd_spellings_of_loopback_are_read_as_127_0_0_1(host):
    assert literal_address(host) == IPv4Address("127.0.0.1")


def test_localhost_is_resolved_and_refused():
    with pytest.raises(AddressRefused) as refused:
        checked_addresses("localhost", 80, DEFAULT, 5.0)
    assert refused.value.kind == "loopback"


@pytest.mark.parametrize("bad", ["10.1.0.0/33", "not-a-network", "10.1.0.0/16/1", "300.1.1.1"])
def test_a_bad_network_is_a_value_error_naming_it(bad):
    with pytest.raises(ValueError, match="is not a network"):
        parse_networks(["10.0.0.0/8", bad])


def test_a_bare_address_or_host_bits_are_read_as_networks():
    assert parse_networks(("127.0.0.2", "10.1.2.3/16")) == (IPv4Network("127.0.0.2/32"), IPv4Network("10.1.0.0/16"))
