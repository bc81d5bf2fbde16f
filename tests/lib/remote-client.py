#!/usr/bin/env python3
"""remote-client.py HOST PORT STEP...: a client of auditd's remote
logging protocol (managed frames, audisp-remote's wire format), for
tests that need to see the replies themselves. Connects, runs the steps
in order on one connection, prints one line per reply:
"ACK <seq>", "DISKLOW <seq>", "DISKFULL <seq> <text>", "DISKERROR <seq>
<text>", "ENDING <seq>", "EOF", "TIMEOUT", "OTHER <type> <seq>".

Steps:
  msg:TEXT       a MESSAGE frame with TEXT, then wait for its reply
  msgs:N:FMT     N messages, FMT with {i} for 1..N, one reply each;
                 prints a summary line "SUMMARY ACK=a DISKLOW=b ..." instead
  hb             a HEARTBEAT, then its reply
  raw:HEX        these bytes as they are, then wait for a reply or EOF
  pipe:N:FMT     N messages sent at once before reading the N replies
  wait           wait (up to 30 s) for whatever the server sends next
  sleep:S        pause S seconds
The sequence numbers start at 2, as audisp-remote's."""
import socket
import struct
import sys
import time

MAGIC = 0xff0000fe
NAMES = {0x40000000: 'ACK', 0x40000001: 'ENDING', 0x50000001: 'DISKLOW',
         0x60000001: 'DISKFULL', 0x60000002: 'DISKERROR'}


def frame(typ, seq, payload=b''):
    return struct.pack('<IBBIHI', MAGIC, 0, 0, typ, len(payload), seq) + payload


class Conn:
    def __init__(self, host, port):
        fam = socket.AF_INET6 if ':' in host else socket.AF_INET
        self.s = socket.socket(fam, socket.SOCK_STREAM)
        self.s.connect((host, port))
        self.buf = b''
        self.seq = 1

    def next_seq(self):
        self.seq += 1
        return self.seq

    def reply(self, timeout=30.0):
        self.s.settimeout(timeout)
        try:
            while len(self.buf) < 16 or len(self.buf) < 16 + struct.unpack_from('<H', self.buf, 10)[0]:
                d = self.s.recv(65536)
                if not d:
                    return ('EOF',)
                self.buf += d
        except socket.timeout:
            return ('TIMEOUT',)
        except ConnectionResetError:
            return ('EOF',)
        magic, _, _, typ, length, seq = struct.unpack_from('<IBBIHI', self.buf)
        text = self.buf[16:16 + length].decode(errors='replace')
        self.buf = self.buf[16 + length:]
        if magic != MAGIC:
            return ('BADMAGIC',)
        return (NAMES.get(typ, 'OTHER %x' % typ), seq, text)


def show(r):
    print(' '.join(str(x) for x in r if x != ''), flush=True)


def main():
    c = Conn(sys.argv[1], int(sys.argv[2]))
    for step in sys.argv[3:]:
        kind, _, arg = step.partition(':')
        if kind == 'msg':
            c.s.sendall(frame(0, c.next_seq(), arg.encode()))
            show(c.reply())
        elif kind == 'msgs' or kind == 'pipe':
            n, _, fmt = arg.partition(':')
            counts = {}
            seqs = []
            out = b''
            for i in range(1, int(n) + 1):
                seq = c.next_seq()
                f = frame(0, seq, fmt.replace('{i}', str(i)).encode())
                if kind == 'msgs':
                    c.s.sendall(f)
                    r = c.reply()
                    counts[r[0]] = counts.get(r[0], 0) + 1
                    if r[0] in ('EOF', 'TIMEOUT'):
                        break
                    if r[1] != seq:
                        counts['OUT_OF_STEP'] = counts.get('OUT_OF_STEP', 0) + 1
                else:
                    out += f
                    seqs.append(seq)
            if kind == 'pipe':
                c.s.sendall(out)
                for seq in seqs:
                    r = c.reply()
                    counts[r[0]] = counts.get(r[0], 0) + 1
                    if r[0] in ('EOF', 'TIMEOUT'):
                        break
                    if r[1] != seq:
                        counts['OUT_OF_STEP'] = counts.get('OUT_OF_STEP', 0) + 1
            print('SUMMARY ' + ' '.join('%s=%d' % kv for kv in sorted(counts.items())), flush=True)
        elif kind == 'hb':
            c.s.sendall(frame(1, c.next_seq()))
            show(c.reply())
        elif kind == 'raw':
            c.s.sendall(bytes.fromhex(arg))
            show(c.reply(3.0))
        elif kind == 'wait':
            show(c.reply())
        elif kind == 'sleep':
            time.sleep(float(arg))
        else:
            sys.exit('unknown step ' + step)


main()
