#!/usr/bin/env python3
"""Writes the seed corpus of fuzz_outlookmsg: small Outlook .msg files ([MS-CFB] compound files
holding [MS-OXMSG] properties), made up from scratch, plus damaged and truncated variants.

    python3 tests/fuzz/seeds/outlookmsg/make_seeds.py

Writes into the directory of this script, and ndr.msg also into ../bouncereader/ so the bounce
reader's corpus starts with one .msg. Standard library only; the output is deterministic.
"""

import os
import struct

HERE = os.path.dirname(os.path.abspath(__file__))

FREE, END_OF_CHAIN, FAT_SECTOR, NO_STREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
MINI_CUTOFF, MINI_SECTOR = 4096, 64
STORAGE, STREAM, ROOT = 1, 2, 5

# ---- [MS-CFB] writer ----


class Storage:
    def __init__(self, name, children=()):
        self.name, self.children = name, list(children)


class Stream:
    def __init__(self, name, data):
        self.name, self.data = name, bytes(data)


def _sectors(length, size):
    return (length + size - 1) // size


def _chain(fat, first, count):
    for i in range(count):
        fat[first + i] = first + i + 1 if i + 1 < count else END_OF_CHAIN


def compound_file(root_children, version=3):
    """The bytes of a compound file whose root storage holds `root_children`."""
    shift = 9 if version == 3 else 12
    size = 1 << shift

    # Directory order: the root first, then every entry depth first.
    entries = [Storage("Root Entry", root_children)]
    kinds = [ROOT]

    def flatten(node):
        for child in node.children:
            entries.append(child)
            kinds.append(STORAGE if isinstance(child, Storage) else STREAM)
            if isinstance(child, Storage):
                flatten(child)

    flatten(entries[0])
    index = {id(e): i for i, e in enumerate(entries)}

    # Small streams go into the mini stream, the rest into ordinary sectors.
    mini = bytearray()
    mini_fat = []
    start = {}
    big = []
    for entry in entries[1:]:
        if not isinstance(entry, Stream):
            continue
        if len(entry.data) == 0:
            start[id(entry)] = END_OF_CHAIN
        elif len(entry.data) < MINI_CUTOFF:
            first = len(mini) // MINI_SECTOR
            count = _sectors(len(entry.data), MINI_SECTOR)
            mini += entry.data + bytes(count * MINI_SECTOR - len(entry.data))
            mini_fat += [first + i + 1 if i + 1 < count else END_OF_CHAIN for i in range(count)]
            start[id(entry)] = first
        else:
            big.append(entry)

    dir_count = _sectors(len(entries) * 128, size)
    minifat_count = _sectors(len(mini_fat) * 4, size)
    mini_count = _sectors(len(mini), size)
    big_counts = [_sectors(len(e.data), size) for e in big]
    data_sectors = dir_count + minifat_count + mini_count + sum(big_counts)
    fat_count = 1
    while fat_count * size // 4 < fat_count + data_sectors:
        fat_count += 1
    assert fat_count <= 109, "needs DIFAT sectors; keep seeds small"

    fat = [FREE] * (fat_count * size // 4)
    for i in range(fat_count):
        fat[i] = FAT_SECTOR
    at = fat_count
    first_dir = at
    _chain(fat, at, dir_count)
    at += dir_count
    first_minifat = at if minifat_count else END_OF_CHAIN
    _chain(fat, at, minifat_count)
    at += minifat_count
    first_mini = at if mini_count else END_OF_CHAIN
    _chain(fat, at, mini_count)
    at += mini_count
    for entry, count in zip(big, big_counts):
        start[id(entry)] = at
        _chain(fat, at, count)
        at += count

    # Each storage's children as a balanced binary tree in [MS-CFB] order (length, then upper
    # case). Every node is black: the reader checks the links, not the colouring.
    left = [NO_STREAM] * len(entries)
    right = [NO_STREAM] * len(entries)
    child = [NO_STREAM] * len(entries)

    def tree(nodes):
        if not nodes:
            return NO_STREAM
        mid = len(nodes) // 2
        i = index[id(nodes[mid])]
        left[i] = tree(nodes[:mid])
        right[i] = tree(nodes[mid + 1:])
        return i

    for i, entry in enumerate(entries):
        if isinstance(entry, Storage):
            child[i] = tree(sorted(entry.children, key=lambda c: (len(c.name), c.name.upper())))

    directory = bytearray()
    for i, entry in enumerate(entries):
        name = entry.name.encode("utf-16-le")[:62]
        raw = bytearray(128)
        raw[0:len(name)] = name
        struct.pack_into("<HBB", raw, 64, len(name) + 2, kinds[i], 1)
        struct.pack_into("<III", raw, 68, left[i], right[i], child[i])
        if kinds[i] == ROOT:
            struct.pack_into("<IQ", raw, 116, first_mini, len(mini))
        elif kinds[i] == STREAM:
            struct.pack_into("<IQ", raw, 116, start[id(entry)], len(entry.data))
        directory += raw
    for _ in range(dir_count * size // 128 - len(entries)):
        raw = bytearray(128)
        struct.pack_into("<III", raw, 68, NO_STREAM, NO_STREAM, NO_STREAM)
        directory += raw

    header = bytearray(size)
    header[0:8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"
    struct.pack_into("<HHHHH", header, 24, 0x3E, version, 0xFFFE, shift, 6)
    struct.pack_into("<IIIIIIIII", header, 40, dir_count if version == 4 else 0, fat_count,
                     first_dir, 0, MINI_CUTOFF, first_minifat, minifat_count, END_OF_CHAIN, 0)
    for i in range(109):
        struct.pack_into("<I", header, 76 + 4 * i, i if i < fat_count else FREE)

    def padded(data, count):
        return bytes(data) + bytes(count * size - len(data))

    body = b"".join(struct.pack("<I", v) for v in fat)
    body += padded(directory, dir_count)
    body += padded(b"".join(struct.pack("<I", v) for v in mini_fat), minifat_count)
    body += padded(mini, mini_count)
    for entry, count in zip(big, big_counts):
        body += padded(entry.data, count)
    return bytes(header) + body


# ---- [MS-OXMSG] properties ----

PT_LONG, PT_OBJECT, PT_STRING8, PT_UNICODE, PT_SYSTIME, PT_BINARY = (
    0x0003, 0x000D, 0x001E, 0x001F, 0x0040, 0x0102)


def substg(prop, ptype, data):
    return Stream("__substg1.0_%04X%04X" % (prop, ptype), data)


def unicode(prop, text):
    return substg(prop, PT_UNICODE, text.encode("utf-16-le") + b"\0\0")


def string8(prop, text, codec):
    return substg(prop, PT_STRING8, text.encode(codec) + b"\0")


def filetime(year_seconds):
    return (year_seconds + 11644473600) * 10000000


def properties(header_size, fixed, recipients=0, attachments=0):
    """__properties_version1.0: the header, then 16-byte records (tag, flags, 8-byte value)."""
    if header_size == 32:
        head = struct.pack("<8xIIII8x", recipients, attachments, recipients, attachments)
    elif header_size == 24:
        head = struct.pack("<8xIIII", recipients, attachments, recipients, attachments)
    else:
        head = bytes(8)
    records = b"".join(struct.pack("<IIQ", (prop << 16) | ptype, 6, value)
                       for prop, ptype, value in fixed)
    return Stream("__properties_version1.0", head + records)


def recipient(number, name, address, rtype=1, smtp=True, report=None):
    items = [unicode(0x3001, name)]
    if smtp:
        items += [unicode(0x3002, "SMTP"), unicode(0x3003, address), unicode(0x39FE, address)]
    else:
        items += [unicode(0x3002, "EX"), unicode(0x3003, address)]
    fixed = [(0x0C15, PT_LONG, rtype)]
    if report:
        fixed += [(0x0C05, PT_LONG, report.get("diag", 0)),
                  (0x0C04, PT_LONG, report.get("reason", 0))]
        if "status" in report:
            fixed.append((0x0C20, PT_LONG, report["status"]))
        if "info" in report:
            items.append(unicode(0x0C1B, report["info"]))
        if "mta" in report:
            items.append(unicode(0x0C21, report["mta"]))
    items.append(properties(8, fixed))
    return Storage("__recip_version1.0_#%08X" % number, items)


def attachment(number, filename, data=None, embedded=None):
    items = [unicode(0x3707, filename), unicode(0x3704, filename[:8]),
             properties(8, [(0x3705, PT_LONG, 5 if embedded else 1)])]
    if data is not None:
        items.append(substg(0x3701, PT_BINARY, data))
    if embedded is not None:
        items.append(Storage("__substg1.0_3701000D", embedded))
    return Storage("__attach_version1.0_#%08X" % number, items)


def message(header_size, strings, fixed=(), recipients=(), attachments=(), extra=()):
    """The children of a message storage: string properties, then the property stream."""
    items = [unicode(prop, text) for prop, text in strings] + list(extra)
    items += list(recipients) + list(attachments)
    items.append(properties(header_size, list(fixed), len(recipients), len(attachments)))
    if header_size == 32:
        items.append(Storage("__nameid_version1.0", [
            substg(0x0002, PT_BINARY, b""), substg(0x0003, PT_BINARY, b""),
            substg(0x0004, PT_BINARY, b"")]))
    return items


JUNE_2024 = 1717459921  # seconds since 1970


def original(header_size=24):
    headers = ("Received: from client.example.org ([192.0.2.10])\r\n"
               "\tby mx.example.org; Tue, 4 Jun 2024 09:11:58 +0900\r\n"
               "From: Alice <alice@example.org>\r\nTo: bob@example.net\r\n"
               "Subject: quarterly numbers\r\nContent-Type: text/plain; charset=utf-8\r\n"
               "MIME-Version: 1.0\r\n\r\n")
    return message(header_size, [
        (0x001A, "IPM.Note"), (0x0037, "quarterly numbers"), (0x1000, "See the attached table.\r\n"),
        (0x007D, headers), (0x0C1A, "Alice"), (0x5D01, "alice@example.org")],
        fixed=[(0x0039, PT_SYSTIME, filetime(JUNE_2024 - 60))],
        recipients=[recipient(0, "Bob", "bob@example.net")])


def ndr(header_size=32, with_original=True):
    return message(header_size, [
        (0x001A, "REPORT.IPM.Note.NDR"),
        (0x0037, "Undeliverable: quarterly numbers"),
        (0x0049, "quarterly numbers"),
        (0x1000, "Delivery has failed to these recipients or groups:\r\n\r\nBob (bob@example.net)\r\n"
                 "Your message wasn't delivered because the recipient's email provider rejected "
                 "it.\r\n"),
        (0x6820, "dns; mx.example.org"),
        (0x0C1A, "Microsoft Outlook"), (0x0C1E, "SMTP"), (0x0C1F, "postmaster@example.org"),
        (0x0040, "Alice"), (0x0075, "SMTP"), (0x0076, "alice@example.org"),
        (0x1035, "ndr-1@example.org")],
        fixed=[(0x3FDE, PT_LONG, 65001), (0x0E06, PT_SYSTIME, filetime(JUNE_2024))],
        recipients=[
            recipient(0, "Bob", "bob@example.net", report={
                "diag": 38, "reason": 0, "status": 550, "mta": "mx1.example.net",
                "info": "Remote server returned '554 5.7.1 Service unavailable; Client host "
                        "[203.0.113.45] blocked using zen.spamhaus.org'"}),
            recipient(1, "Carol", "/O=EXAMPLE/OU=FIRST/CN=RECIPIENTS/CN=CAROL", smtp=False),
        ],
        attachments=[attachment(0, "quarterly numbers", embedded=original())]
        if with_original else [])


def note_cp932():
    sjis = "shift_jis"
    headers = ("Received: from mail.example.jp ([198.51.100.3])\r\n"
               "From: =?ISO-2022-JP?B?GyRCOzNFRBsoQg==?= <yamada@example.jp>\r\n"
               "Subject: =?ISO-2022-JP?B?GyRCR1s/LiUoJWkhPBsoQg==?=\r\n"
               "Content-Type: text/plain; charset=ISO-2022-JP\r\n"
               " folded continuation\r\nX-Not A Field\r\n\r\nbody after headers\r\n")
    return message(32, [], fixed=[(0x3FFD, PT_LONG, 932), (0x3FF1, PT_LONG, 0x0411)],
                   extra=[string8(0x001A, "IPM.Note", sjis),
                          string8(0x0037, "配信エラーのお知らせ", sjis),
                          string8(0x1000, "以下の宛先に配信できませんでした。\r\n"
                                          "550 5.1.1 User unknown\r\n", sjis),
                          string8(0x007D, headers, sjis),
                          string8(0x0C1A, "山田 太郎", sjis)],
                   recipients=[recipient(0, "佐藤", "sato@example.jp"),
                               recipient(1, "鈴木", "suzuki@example.jp", rtype=2)],
                   attachments=[attachment(0, "報告書.pdf", data=b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")])


def html_only():
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
            "charset=shift_jis\"><title>t</title><style>p{}</style></head><body>"
            "<p>配信できませんでした&nbsp;&amp;&#x41;&#65;&#55296;&bogus;&</p><!-- c -->"
            "<table><tr><td>Remote</td><th>mx.example.com</th></tr></table>"
            "<script>alert(1)</script><br>550 5.7.1 <b>blocked</b> using "
            "bl.spamcop.net<div>[198.51.100.12]</div></body></html>")
    return message(32, [(0x001A, "IPM.Note"), (0x0037, "Undeliverable: html")],
                   fixed=[(0x3FDE, PT_LONG, 932)],
                   extra=[substg(0x1013, PT_BINARY, html.encode("shift_jis"))])


def long_body():
    # Over the 4096-byte mini stream cutoff: stored in ordinary sectors.
    body = "".join("Line %03d: 451 4.7.1 Greylisted, please try again later\r\n" % i
                   for i in range(45))
    return message(32, [(0x001A, "IPM.Note"), (0x0037, "long body"), (0x1000, body),
                        (0x0C1A, "Sender"), (0x0065, "sender@example.org"), (0x0064, "SMTP")],
                   recipients=[recipient(0, "R", "r@example.org")])


def forwarded(depth):
    # A bounce forwarded as an attachment, inside forwards, deeper than the reader goes.
    inner = ndr(24, with_original=True)
    for level in range(depth):
        inner = message(24 if level + 1 < depth else 32,
                        [(0x001A, "IPM.Note"), (0x0037, "FW: level %d" % level),
                         (0x1000, "forwarded\r\n")],
                        attachments=[attachment(0, "forward %d" % level, embedded=inner)])
    return inner


def not_outlook():
    return [Stream("WordDocument", b"\xec\xa5\xc1\x00" + bytes(60)),
            Stream("\x05SummaryInformation", b"\xfe\xff" + bytes(46))]


def write(name, data, directory=HERE):
    assert len(data) < 20 * 1024, (name, len(data))
    with open(os.path.join(directory, name), "wb") as out:
        out.write(data)


def main():
    seeds = {
        "ndr.msg": compound_file(ndr()),
        "note-cp932.msg": compound_file(note_cp932()),
        "html-only.msg": compound_file(html_only()),
        "long-body.msg": compound_file(long_body()),
        "forwarded-deep.msg": compound_file(forwarded(4)),
        "not-outlook.doc": compound_file(not_outlook()),
        # Version 4 (4096-byte sectors); the zeros that end the last sector are cut off, which
        # a reader must treat as zeros.
        "v4.msg": compound_file(ndr(with_original=False), version=4).rstrip(b"\0"),
    }
    for name, data in seeds.items():
        write(name, data)

    msg = seeds["ndr.msg"]
    write("truncated-signature.msg", msg[:8])
    write("truncated-header.msg", msg[:300])
    write("truncated-first-sector.msg", msg[:700])
    write("truncated-half.msg", msg[:len(msg) // 2])
    write("truncated-last-sector.msg", msg[:-300])

    # Damage that keeps the size: a directory cycle and a FAT chain pointing at itself.
    looped = bytearray(msg)
    first_dir = struct.unpack_from("<I", looped, 48)[0]
    struct.pack_into("<I", looped, 512 * (first_dir + 1) + 128 + 68, 1)  # entry 1: left = 1
    write("damaged-directory-loop.msg", bytes(looped))
    cycle = bytearray(msg)
    struct.pack_into("<I", cycle, 512 + 4 * first_dir, first_dir)  # directory chain loops
    write("damaged-fat-cycle.msg", bytes(cycle))

    write("ndr.msg", msg, os.path.join(HERE, os.pardir, "bouncereader"))


if __name__ == "__main__":
    main()
