-- Where a taught label was taught (h-evalpoint40): the kind of document — a form's kind, self-evaluation or
-- monitoring — so that the list of taught labels names the field as that document prints it (实施单位 on a
-- 自评表, 申报单位 on a form). Null for the labels taught before; the label means its field in every kind.
ALTER TABLE "layout_mappings" ADD COLUMN "taught_on" text;
