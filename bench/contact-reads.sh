#!/usr/bin/env bash
# Reads of single contacts over HTTP, as users and scripts make them: the contact window page
# and GET /api/v1/contacts/{id}, with wrk (Debian package "wrk") on a running Svyaz.
#
#   bench/contact-reads.sh [h2|postgres] [contacts]
#
# Fills a database with generated contacts (default 100000) unless it has them already: the
# embedded one in /tmp/svyaz-bench-h2, or the PostgreSQL database svyaz_bench on 127.0.0.1
# (user postgres). Then starts target/svyaz.jar on it, reports the start-up time to a healthy
# server, and runs 30 s of each read with 8 connections after 30 s of warm-up (the JIT, and the
# embedded database filling its page cache).
set -euo pipefail
cd "$(dirname "$0")/.."
database=${1:-h2}
contacts=${2:-100000}
password=bench-secret
port=18080
jar=target/svyaz.jar
[ -f "$jar" ] || mvn -q -DskipTests package

export SVYAZ_ADMIN_PASSWORD=$password
if [ "$database" = postgres ]; then
    export SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/svyaz_bench SPRING_DATASOURCE_USERNAME=postgres
    psql -h 127.0.0.1 -U postgres -d postgres -tAc "select 1 from pg_database where datname = 'svyaz_bench'" | grep -q 1 \
        || psql -h 127.0.0.1 -U postgres -d postgres -qc 'create database svyaz_bench'
    have=$(psql -h 127.0.0.1 -U postgres -d svyaz_bench -tAc "select count(*) from contact" 2>/dev/null || echo 0)
else
    export SVYAZ_DATA_DIR=/tmp/svyaz-bench-h2
    have=0
    [ -f "$SVYAZ_DATA_DIR/svyaz.mv.db" ] && have=$contacts
fi
if [ "$have" -lt "$contacts" ]; then
    java -jar "$jar" generate --contacts="$contacts" | grep 'Svyaz: generated'
fi

started=$(date +%s%N)
java -XX:+UseParallelGC -jar "$jar" --server.port=$port > /tmp/svyaz-bench-server.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
until curl -sf "http://localhost:$port/actuator/health" >/dev/null; do sleep 0.05; done
echo "start-up to healthy: $(( ($(date +%s%N) - started) / 1000000 )) ms"

ids=$(mktemp)
curl -sf -u "admin:$password" "http://localhost:$port/api/v1/contacts?limit=1000&sort=city" \
    | python3 -c 'import json,sys; [print(c["id"]) for c in json.load(sys.stdin)["items"]]' > "$ids"
echo "contacts in the database: $(curl -sf -u "admin:$password" "http://localhost:$port/api/v1/contacts?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')"

basic=$(printf 'admin:%s' "$password" | base64)
cookies=$(mktemp)
curl -sf -c "$cookies" "http://localhost:$port/login" -o /tmp/svyaz-bench-login.html
csrf=$(grep -o 'name="_csrf" value="[^"]*"' /tmp/svyaz-bench-login.html | sed 's/.*value="//; s/"$//')
curl -sf -b "$cookies" -c "$cookies" -d "username=admin&password=$password&_csrf=$csrf" "http://localhost:$port/login" -o /dev/null
session=$(awk '$6 == "JSESSIONID" {print $7}' "$cookies")

run() {
    local name=$1 path=$2 header=$3
    SVYAZ_BENCH_IDS=$ids SVYAZ_BENCH_PATH=$path wrk -t2 -c8 -d30s -s bench/contact-reads.lua -H "$header" "http://localhost:$port" >/dev/null
    echo "== $name"
    SVYAZ_BENCH_IDS=$ids SVYAZ_BENCH_PATH=$path wrk -t2 -c8 -d30s --latency -s bench/contact-reads.lua -H "$header" "http://localhost:$port" \
        | grep -E 'Requests/sec|50%|99%|Non-2xx'
}
run "GET /api/v1/contacts/{id} (HTTP Basic)" "/api/v1/contacts/%s" "Authorization: Basic $basic"
run "GET /contacts/{id} (contact window page)" "/contacts/%s" "Cookie: JSESSIONID=$session"
