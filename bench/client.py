"""A minimal Streamlit client speaking the server's own websocket protocol.

It opens a real session, as a browser tab does (same endpoint, same protobuf messages), but
without a browser, so a 2-core machine can host dozens of sessions and still leave the CPU to
the server being measured. A run is timed from the message that asks for it to the server's
"script finished".
"""

from __future__ import annotations

import asyncio
import re
import socket
import time
from dataclasses import dataclass, field

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState

WIDGET_TYPES = {
    "text_input",
    "text_area",
    "button",
    "number_input",
    "selectbox",
    "toggle",
    "date_input",
    "multiselect",
}
RUN_TIMEOUT = 30.0


class RunError(Exception):
    """The run failed: an exception on the page, or no answer in time."""


@dataclass
class Session:
    base_url: str
    locale: str = "en-US"
    pages: dict[str, str] = field(default_factory=dict)  # url path -> page script hash
    widgets: dict[str, str] = field(default_factory=dict)  # widget id -> element type, on the current page
    current_page: str = ""
    _socket: object = None
    _tcp: object = None
    _states: dict[str, WidgetState] = field(default_factory=dict)

    async def connect(self, query_string: str = "") -> float:
        url = self.base_url.replace("http://", "ws://") + "/_stcore/stream"
        self._socket = await websockets.connect(
            url, subprotocols=["streamlit"], origin=self.base_url, max_size=None, open_timeout=30
        )
        self._tcp = self._socket.transport.get_extra_info("socket")
        self._tcp.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return await self.run(query_string=query_string)

    async def close(self) -> None:
        if self._socket is not None:
            await self._socket.close()

    def widget(self, pattern: str) -> str:
        """The id of the widget on the current page whose id (its key) matches `pattern`."""
        for widget_id in self.widgets:
            if re.search(pattern, widget_id):
                return widget_id
        raise KeyError(pattern)

    def text_widgets(self) -> list[str]:
        return [wid for wid, kind in self.widgets.items() if kind in ("text_input", "text_area")]

    async def click(self, widget_id: str) -> float:
        state = WidgetState(id=widget_id, trigger_value=True)
        return await self.run(widget_states=[*self._kept_states(), state])

    async def type_text(self, widget_id: str, text: str) -> float:
        self._states[widget_id] = WidgetState(id=widget_id, string_value=text)
        return await self.run(widget_states=self._kept_states())

    async def go_to(self, url_path: str) -> float:
        self._states.clear()  # a page change drops the previous page's widgets, as in a browser
        return await self.run(page_script_hash=self.pages[url_path])

    async def rerun(self) -> float:
        return await self.run(widget_states=self._kept_states())

    def _kept_states(self) -> list[WidgetState]:
        return [state for wid, state in self._states.items() if wid in self.widgets]

    async def run(self, *, page_script_hash: str = "", widget_states=(), query_string: str = "") -> float:
        message = BackMsg()
        client_state = message.rerun_script
        client_state.query_string = query_string
        client_state.page_script_hash = page_script_hash or self.pages.get(self.current_page, "")
        client_state.widget_states.widgets.extend(widget_states)
        client_state.context_info.locale = self.locale
        client_state.context_info.timezone = "Europe/Paris"
        started = time.perf_counter()
        await self._socket.send(message.SerializeToString())
        return await self._until_finished(started)

    async def _until_finished(self, started: float) -> float:
        widgets: dict[str, str] = {}
        failure = None
        deadline = started + RUN_TIMEOUT
        while True:
            remaining = deadline - time.perf_counter()
            if remaining <= 0:
                raise RunError("no answer in time")
            raw = await asyncio.wait_for(self._socket.recv(), timeout=remaining)
            # The server writes several small messages without TCP_NODELAY; our delayed ACK would
            # hold each of them ~40 ms (Nagle). Acknowledging at once measures the server, not TCP.
            self._tcp.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)
            message = ForwardMsg()
            message.ParseFromString(raw)
            kind = message.WhichOneof("type")
            if kind == "navigation":
                self.pages = {
                    page.url_pathname: page.page_script_hash for page in message.navigation.app_pages
                }
                current = message.navigation.page_script_hash
                self.current_page = next(
                    (p for p, h in self.pages.items() if h == current), self.current_page
                )
            elif kind == "delta" and message.delta.WhichOneof("type") == "new_element":
                element = message.delta.new_element
                element_type = element.WhichOneof("type")
                if element_type == "exception":
                    failure = element.exception.message
                elif element_type in WIDGET_TYPES:
                    widgets[getattr(element, element_type).id] = element_type
            elif kind == "script_finished":
                status = ForwardMsg.ScriptFinishedStatus.Name(message.script_finished)
                if status == "FINISHED_EARLY_FOR_RERUN":
                    continue  # a callback asked for another run (st.switch_page, st.rerun): wait for it
                elapsed = time.perf_counter() - started
                self.widgets = widgets
                if failure or status != "FINISHED_SUCCESSFULLY":
                    raise RunError(failure or status)
                return elapsed
