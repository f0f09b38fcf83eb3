-- The holding committee (article 2): its id, names and kind (a local committee or a 党组, which
-- decides the discipline body that receives copies, article 12). Kept by the application, so that
-- an installation started without a seed file names its committee right; until now the names were
-- read from the seed file on every use. One row: the committee this installation holds talks for.
create table committee (
  id          varchar(64)  primary key,
  name        varchar(200) not null,
  short_name  varchar(100) not null,
  kind        varchar(32)  not null,
  recorded_by varchar(64),
  recorded_at timestamp with time zone not null
);
