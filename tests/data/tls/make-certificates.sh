#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the test authority and the server certificates the fetcher test
# serves on 127.0.0.1: one good, one for another name, one expired. Run it
# here to make them again (the good ones last until 2125).
set -eu
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/ca.key" -out ca.pem -days 36500 \
  -subj "/CN=Metodist Test CA" \
  -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign"

# name, subjectAltName, first day, last day
certificate () {
  : > "$work/index.txt"
  echo 01 > "$work/serial"
  cat > "$work/ca.cnf" <<CONF
[ca]
default_ca = test
[test]
database = $work/index.txt
serial = $work/serial
new_certs_dir = $work
certificate = ca.pem
private_key = $work/ca.key
default_md = sha256
policy = any
copy_extensions = none
unique_subject = no
x509_extensions = ext
[any]
commonName = supplied
[ext]
basicConstraints = CA:FALSE
subjectAltName = $2
extendedKeyUsage = serverAuth
CONF
  openssl req -newkey rsa:2048 -nodes -keyout "$1.key" -out "$work/$1.csr" -subj "/CN=$1"
  openssl ca -batch -config "$work/ca.cnf" -in "$work/$1.csr" -out "$1.pem" -startdate "$3" -enddate "$4" -notext
}

certificate server "IP:127.0.0.1,DNS:localhost" 20260101000000Z 21251231000000Z
certificate wrong-name "DNS:elsewhere.invalid" 20260101000000Z 21251231000000Z
certificate expired "IP:127.0.0.1,DNS:localhost" 20200101000000Z 20210101000000Z
