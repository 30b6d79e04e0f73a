"""Misbehaving endpoints for the error-message golden tests, on 127.0.0.1, port 0.

  python3 listeners.py refuse-connect   an HTTP proxy that answers every CONNECT with 403
  python3 listeners.py tls DIR          a TLS server whose certificate (made in DIR) nobody trusts

Prints the port on the first line, then serves until stdin closes.
"""
import os
import socket
import ssl
import subprocess
import sys
import threading


def serve(server, handle):
    def loop():
        while True:
            try:
                connection, _ = server.accept()
            except OSError:
                return
            threading.Thread(target=handle, args=(connection,), daemon=True).start()

    threading.Thread(target=loop, daemon=True).start()


def refuse(connection):
    try:
        connection.recv(65536)
        connection.sendall(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
    finally:
        connection.close()


def main():
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    if sys.argv[1] == "refuse-connect":
        serve(server, refuse)
    else:
        directory = sys.argv[2]
        cert, key = os.path.join(directory, "cert.pem"), os.path.join(directory, "key.pem")
        subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
             "-keyout", key, "-out", cert], check=True, capture_output=True)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)

        def handshake(connection):
            try:
                with context.wrap_socket(connection, server_side=True) as tls:
                    tls.recv(65536)
            except (ssl.SSLError, OSError):
                pass
            finally:
                connection.close()

        serve(server, handshake)
    print(server.getsockname()[1], flush=True)
    sys.stdin.read()


if __name__ == "__main__":
    main()
