"""How a pass reaches the counter from hardware: NFC tap, Belgian eID, keyboard-wedge scanner.

Public API (the GUI and the composition root code against this, nothing else):

``balie.cardreader.events``
    ``CardTapped(reader, chip_number, at)``  one tap; chip number as the platform writes it
                                             (upper-case hex); ``at`` = time.monotonic() when
                                             PC/SC reported the card.
    ``CardRemoved(reader)``
    ``EidRead(reader, identity: EidIdentity)``  national number, names, birth date/place, sex,
                                             nationality, card number and validity, address,
                                             photo (only with ``ReaderConfig(read_photo=True)``).
    ``ReaderState(kind: ReaderStateKind, reader: str | None, message_nl, next_step_nl)``
        kinds: READY, NO_READER, SERVICE_NOT_RUNNING (overall, reader None) and per card:
        READER_BUSY, CARD_REMOVED_TOO_EARLY, UNKNOWN_CARD, CARD_UNREADABLE, READER_ERROR.
    ``ReaderEvent`` = the union of the four.

``balie.cardreader.service``
    ``ReaderService(config: ReaderConfig, on_event: Callable[[ReaderEvent], None])``
    ``.start()`` / ``.stop()``; ``.readers`` (name -> ReaderRole); ``.state`` (last overall state).
    ``on_event`` is called on the service's own thread: marshal to the GUI with a Qt signal.

``balie.cardreader.readers``
    ``ReaderConfig(nfc_reader=None, eid_reader=None, ignore=("SAM",), poll_ms=1000,
    retry_ms=500, read_photo=False)``: reader names by substring or glob, case-insensitive.
    Unset: names with PICC/CL/Contactless/NFC/ACR122 are NFC, SAM slots ignored, other readers
    AUTO (the card decides: eID files -> EidRead, else chip UID -> CardTapped).

``balie.cardreader.wedge``  (pure; the GUI's key event filter feeds it)
    ``WedgeDetector(WedgeConfig(max_gap_ms=30, min_length=8))``: ``.feed(char, at)``,
    ``.enter(at) -> Scan | None``, ``.burst``, ``.reset()``.
    ``Scan(payload, kind: IdentifierKind | None, identifier: str | None, at)``.
    ``extract_identifier(payload) -> (IdentifierKind, str) | None`` (also for pasted text).

``balie.cardreader.virtual``  (training mode's "virtual card" panel)
    ``open_virtual_cards(on_event, port=35963) -> VirtualCards``: a ``VirtualCardDeck`` on the
    vpcd reader when PC/SC has one (events then come through the ReaderService), else a
    ``DirectReader`` that calls ``on_event`` itself. Both: ``.tap(chip_number) -> Validation``,
    ``.insert_eid(identity=DEMO_IDENTITY)``, ``.remove()``, ``.through_pcsc``.

Tools: ``python -m balie.cardreader.emulate --uid 04AABBCCDDEE80`` (a card on the vpcd reader),
``python -m balie.cardreader.watch`` (print reader events; support diagnostics).
"""
