"""The session: its file format, the loaded model, the planned day, and the editable document."""


def __getattr__(name):  # lazy, so importing a submodule does not load the editor
    if name in ("SessionDocument", "EditError"):
        from facilitator.core.session import document

        return getattr(document, name)
    raise AttributeError(name)


__all__ = ["SessionDocument", "EditError"]
