#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A misbehaving web server on loopback, for what SoupServer will not do.

Started by test-fetch-faults, which reads the port from the first line of
standard output. Listens on 127.0.0.1 and on 127.0.0.2 (same port), so a
redirect to the other loopback address can be told apart from one that
was never followed: /contacts says how many connections 127.0.0.2 got.
Stops when its standard input closes (the test ended, or died) or after
TIME_LIMIT seconds, whichever comes first.

  /trickle       one byte a second, for ever
  /gzip-bomb     a small gzip body that decodes to 64 MiB of zeros
  /cut-chunked   chunked JSON cut off at a chunk boundary, no last chunk
  /short.pdf     Content-Length 4096, 1024 bytes sent, then closed
  /elsewhere     302 to the same path on 127.0.0.2
  /contacts      the number of connections 127.0.0.2 has had
"""

import gzip
import socket
import sys
import threading
import time

TIME_LIMIT = 120
BOMB = gzip.compress(b"\0" * (64 * 1024 * 1024), compresslevel=9)
FEED_START = b'{"format": "metodist-monitoring", "version": 1, "municipalities": ['

contacts = {"127.0.0.2": 0}
port = 0


def respond(connection, address):
    with connection:
        connection.settimeout(30)
        request = b""
        while b"\r\n\r\n" not in request:
            data = connection.recv(4096)
            if not data:
                return
            request += data
        path = request.split(b" ")[1].decode("ascii", "replace")
        send = connection.sendall

        if path == "/trickle":
            send(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                 b"Content-Length: 100000\r\n\r\n")
            while True:
                send(b" ")
                time.sleep(1)
        elif path == "/gzip-bomb":
            send(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                 b"Content-Encoding: gzip\r\nContent-Length: %d\r\n\r\n" % len(BOMB))
            send(BOMB)
        elif path == "/cut-chunked":
            send(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                 b"Transfer-Encoding: chunked\r\n\r\n")
            send(b"%x\r\n%s\r\n" % (len(FEED_START), FEED_START))
            # No "0\r\n\r\n": the connection just closes.
        elif path == "/short.pdf":
            send(b"HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\n"
                 b"Content-Length: 4096\r\nConnection: close\r\n\r\n")
            send(b"%PDF-1.4\n" + b"x" * (1024 - 9))
        elif path == "/elsewhere":
            send(b"HTTP/1.1 302 Found\r\nLocation: http://127.0.0.2:%d/feed\r\n"
                 b"Content-Length: 0\r\n\r\n" % port)
        elif path == "/contacts":
            body = b"%d" % contacts["127.0.0.2"]
            send(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n"
                 b"Content-Length: %d\r\n\r\n%s" % (len(body), body))
        else:
            send(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")


def serve(listener, host):
    while True:
        connection, address = listener.accept()
        if host in contacts:
            contacts[host] += 1
        threading.Thread(target=respond, args=(connection, address), daemon=True).start()


def main():
    global port
    first = socket.create_server(("127.0.0.1", 0))
    port = first.getsockname()[1]
    second = socket.create_server(("127.0.0.2", port))
    for listener, host in ((first, "127.0.0.1"), (second, "127.0.0.2")):
        threading.Thread(target=serve, args=(listener, host), daemon=True).start()
    print(port, flush=True)

    # Until the test closes our standard input, or the time is up.
    watcher = threading.Thread(target=sys.stdin.read, daemon=True)
    watcher.start()
    watcher.join(TIME_LIMIT)


if __name__ == "__main__":
    main()
