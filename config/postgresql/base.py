"""Django's PostgreSQL backend with a connection health check that costs no round trip.

With persistent connections (CONN_MAX_AGE) a connection may have died between two requests
(the database restarted, or closed it for being idle). Django's health check finds out with a
SELECT 1 before each request's first query: a round trip on every request, and on a busy
machine each round trip waits for the database's process to be scheduled. An idle connection
is sent nothing by the server, except when the server is closing it (or, rarely, a notice):
so if its socket has nothing to read, it is usable without asking; otherwise it is asked, as
Django does.
"""

import select

from django.db.backends.postgresql.base import DatabaseWrapper as PostgreSQLDatabaseWrapper
from psycopg.pq import TransactionStatus


class DatabaseWrapper(PostgreSQLDatabaseWrapper):
    def is_usable(self) -> bool:
        connection = self.connection
        if connection is None or connection.closed:
            return False
        if connection.info.transaction_status == TransactionStatus.IDLE:
            try:
                readable, _, _ = select.select([connection.fileno()], [], [], 0)
            except (OSError, ValueError):
                return False
            if not readable:
                return True
        return super().is_usable()
