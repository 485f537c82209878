-- A form's goals and indicators are kept in its whole text (`form_json`, 0047), filled from this column there.
ALTER TABLE "forms" DROP COLUMN "children";
