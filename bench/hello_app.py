"""The ceiling for bench_servers.py: a plain Flask "hello world" under the same gunicorn settings."""

from flask import Flask

app = Flask(__name__)


@app.get("/")
def hello() -> str:
    return "Hallo wereld"
