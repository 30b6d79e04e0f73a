#!/usr/bin/env python3
"""Prints the SigV4 known answers pasted into Tests/CodeArtifactClientTests/SigningKnownAnswerTests.swift.

They come from botocore's own SigV4Auth (not from prune's signer), at a fixed time and fixed keys,
for the exact requests prune's client sends. Rerun after changing a request's shape:

    python3 Scripts/sigv4-known-answers.py
"""
import datetime
from unittest import mock

from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials
import botocore.auth

NOW = datetime.datetime(2026, 11, 29, 2, 0, 0, tzinfo=datetime.timezone.utc)
KEY_ID = "AKIDEXAMPLE"
SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
TOKEN = "IQoJb3JpZ2luX2VjEXAMPLE/session+token=="


def sign(method, url, body, headers, token):
    request = AWSRequest(method=method, url=url, data=body, headers=headers)
    auth = SigV4Auth(Credentials(KEY_ID, SECRET, token), "codeartifact", "us-east-1")
    seen = []
    original = auth.canonical_request

    def recording(req):
        seen.append(original(req))
        return seen[-1]

    auth.canonical_request = recording  # the canonical request add_auth itself signs
    with mock.patch.object(botocore.auth, "get_current_datetime", return_value=NOW):
        auth.add_auth(request)
    return seen[0], request.headers["Authorization"]


def show(name, canonical, authorization):
    print(f"== {name}\n-- canonical request\n{canonical}\n-- Authorization\n{authorization}\n")


base = "https://codeartifact.us-east-1.amazonaws.com"
body = b'{"expectedStatus":"Published","versions":["1.0.0-beta.1","1.0.0-rc.1"]}'
show("DeletePackageVersions with a session token", *sign(
    "POST",
    base + "/v1/package/versions/delete?domain=acme&domain-owner=111122223333&repository=npm-store"
    "&format=npm&namespace=acme&package=ui-kit",
    body, {"Content-Type": "application/json"}, TOKEN))

show("ListPackageVersions with a next-token holding / + =", *sign(
    "POST",
    base + "/v1/package/versions?domain=acme&domain-owner=111122223333&repository=maven-store"
    "&format=maven&namespace=com.example&package=core&sortBy=PUBLISHED_TIME&max-results=1000"
    "&next-token=" + "eyJvZmZzZXQiOjEwMDB9%2Fab%2Bcd%3D%3D",
    b"", {}, None))
