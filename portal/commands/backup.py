"""`flask --app portal backup PATH` and `flask --app portal restore PATH [--yes]`."""

from __future__ import annotations

from pathlib import Path

import click
from flask import Flask, current_app

from ..services import backup as backups
from ..services import backup_files, knowledge, restore_erasures


@click.command("backup")
@click.argument("path", type=click.Path(path_type=Path))
def backup_command(path: Path) -> None:
    """Make a consistent online backup of the database and the residents' files (the portal may keep running)."""
    try:
        target = backups.backup(path)
    except backups.BackupError as err:
        raise click.ClickException(str(err)) from err
    files = backup_files.save(target, sqlite=backups.is_sqlite())
    current_app.logger.info("Backup written")
    click.echo(f"Back-up gemaakt en gecontroleerd: {target}")
    click.echo(
        f"Bijlagen van bewoners: {files.copied} gekopieerd en gecontroleerd"
        + (f", {files.present} stonden er al" if files.present else "")
        + (f", naar {backup_files.folder_for(target)}" if files.copied or files.present else "")
        + ". Bewaar die map samen met het back-upbestand."
    )
    _warn_files(files)
    click.echo(
        "Bewaar ook het bestand 'secret_key' uit de datamap (apart en veilig): zonder die sleutel "
        "werken lopende sessies niet meer."
    )


@click.command("restore")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--yes", is_flag=True, help="Ja, vervang de huidige database (er blijft een kopie van over).")
def restore_command(path: Path, yes: bool) -> None:
    """Bring back a backup made by `backup`; the replaced database is kept beside it.

    Safe while the portal serves: on SQLite the write lock is held from the copy of the live database to the
    end of the replacement (submissions wait, none is lost); on PostgreSQL it refuses while others are connected.
    """
    if not yes:
        raise click.UsageError(
            "Dit vervangt de huidige database. Herhaal met --yes als u dat zeker weet "
            "(er blijft een kopie van de huidige database bewaard)."
        )
    try:
        kept = backups.restore(path)
    except backups.BackupError as err:
        raise click.ClickException(str(err)) from err
    from flask_migrate import upgrade

    upgrade(directory=current_app.extensions["migrate"].directory, revision="heads")  # an older backup
    click.echo(f"Teruggezet uit {path}." + (f" De vervangen database staat in {kept}." if kept else ""))
    if kept is not None and backups.is_sqlite():
        count, first, last = backups.newer_requests(kept)
        if count:
            click.echo(
                f"Let op: {count} verzoek(en) ontvangen tussen {first} en {last} staan alleen in de bewaarde "
                f"kopie {kept}, niet in de teruggezette database. Neem ze over zoals beschreven in "
                "docs/operations.md (Terugzetten: nieuwere verzoeken overnemen); verwijder de kopie pas "
                "daarna."
            )
        else:
            click.echo("Alle verzoeken uit de bewaarde kopie staan ook in de teruggezette database.")
    elif kept is not None:
        click.echo(
            f"Verzoeken die na de back-up binnenkwamen staan alleen in {kept}: neem ze over zoals "
            "beschreven in docs/operations.md (Terugzetten: nieuwere verzoeken overnemen)."
        )
    if kept is not None and backups.is_sqlite():
        again = restore_erasures.reapply(kept)
        click.echo(
            f"Wissingen na de back-up opnieuw gedaan: {again.requests} verzoek(en) volgens de bewaartermijn, "
            f"{again.contacts} keer contactgegevens, {again.files} bestand(en) en bericht(en)."
        )
    elif kept is not None:
        click.echo(
            "Let op: wat na de back-up is gewist, staat weer in de database. Draai meteen 'vta retention run' en "
            "wis opnieuw wat bewoners lieten wissen (het logboek in de bewaarde kopie noemt de verzoeken).",
            err=True,
        )
    files = backup_files.bring_back(path)
    if files is None:
        click.echo(
            f"Geen map met bijlagen naast de back-up ({backup_files.folder_for(path)}): bijlagen niet teruggezet."
        )
    else:
        click.echo(
            f"Bijlagen van bewoners: {files.copied} teruggezet, {files.present} waren er nog. Er is geen bestand "
            "overschreven of verwijderd."
        )
        _warn_files(files)
    with knowledge.writer_lock(blocking=False) as got:
        if got:
            count = knowledge.rebuild()
            click.echo(f"Zoekindex opnieuw opgebouwd: {count} artikelen.")
        else:
            click.echo("De zoekindex wordt bijgewerkt door de draaiende portal; of draai 'flask kb reindex'.")


def _warn_files(files: backup_files.FilesReport) -> None:
    """Name (by attachment id, never by file name) what an operator must look at."""
    if files.missing:
        ids = ", ".join(str(i) for i in files.missing[:20]) + (" …" if len(files.missing) > 20 else "")
        click.echo(f"Let op: {len(files.missing)} bijlage(n) ontbreken als bestand (bijlage-id {ids}).", err=True)
    if files.damaged:
        ids = ", ".join(str(i) for i in files.damaged[:20]) + (" …" if len(files.damaged) > 20 else "")
        click.echo(
            f"Let op: {len(files.damaged)} bijlage(n) hebben een andere inhoud dan bij het uploaden (bijlage-id "
            f"{ids}); niet gekopieerd.",
            err=True,
        )


def register(app: Flask) -> None:
    app.cli.add_command(backup_command)
    app.cli.add_command(restore_command)
